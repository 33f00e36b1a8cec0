//! The column mappings of Beneficiary Module files, saved per action and call year in the
//! workspace (`module-beneficiaire/KA121-2022.ron`): written by the first export into a
//! template, editable by hand, used by the next exports of the same kind of project.

use std::path::{Path, PathBuf};

use crate::model::project::Project;
use crate::rules::bm::Mapping;
use crate::store::{self, StoreError};

/// The folder of a workspace where the column mappings are saved.
pub const MAPPINGS_FOLDER: &str = "module-beneficiaire";

/// A saved mapping that does not read, with where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}:{col}: {message}", path.display())]
pub struct MappingError {
    /// The file.
    pub path: PathBuf,
    /// Line of the problem.
    pub line: usize,
    /// Column of the problem.
    pub col: usize,
    /// What is wrong, as the parser says it.
    pub message: String,
}

/// Where the mapping of `project`'s action and call year is saved, in `workspace`.
pub fn mapping_path(workspace: &Path, project: &Project) -> PathBuf {
    let action = project.action.code().unwrap_or("COVE");
    workspace
        .join(MAPPINGS_FOLDER)
        .join(format!("{action}-{}.ron", project.call_year))
}

/// The mapping saved at `path`; `None` when there is none yet.
pub fn load_mapping(path: &Path) -> Result<Option<Mapping>, MappingError> {
    if !path.exists() {
        return Ok(None);
    }
    let text = store::read_text(path).map_err(|e| MappingError {
        path: path.to_owned(),
        line: 0,
        col: 0,
        message: e.kind.to_string(),
    })?;
    ron::from_str(&text).map(Some).map_err(|e| MappingError {
        path: path.to_owned(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    })
}

/// Saves `mapping` at `path` (its folder created), atomically.
pub fn save_mapping(path: &Path, mapping: &Mapping) -> Result<(), StoreError> {
    let text = ron::ser::to_string_pretty(mapping, ron::ser::PrettyConfig::default())
        .map_err(|e| StoreError::new(path, store::StoreErrorKind::Serialize(e.to_string())))?;
    if let Some(folder) = path.parent() {
        store::create_folder(folder)?;
    }
    store::write_export(path, text.as_bytes())
}
