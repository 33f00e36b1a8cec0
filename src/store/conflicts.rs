//! The copies sync clients leave beside a file both sides changed, recognised by name:
//! Nextcloud/ownCloud `NAME (conflicted copy 2026-11-30 101500).ron` (in French
//! `NAME (copie en conflit …).ron`), Dropbox `NAME (X's conflicted copy 2026-11-30).ron`,
//! Syncthing `NAME.sync-conflict-20261130-101500-ABCDEFG.ron`, OneDrive `NAME-HOSTNAME.ron`.
//! The last form is an ordinary name too: the caller confirms that the two files hold the
//! same campus.

use std::path::{Path, PathBuf};

/// How sure a name is to be a conflict copy's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyName {
    /// The sync client's words are in it (`conflicted copy`, `sync-conflict`).
    Certain,
    /// OneDrive's `NAME-HOSTNAME`, also an ordinary name: the two files must hold one campus.
    Possible,
}

/// The dossier `copy` is a sync client's conflict copy of, when its name says so and that
/// dossier exists (`exists`), with how sure the name is.
pub fn conflict_copy_of(
    copy: &Path,
    exists: impl Fn(&Path) -> bool,
) -> Option<(PathBuf, CopyName)> {
    let name = copy.file_name()?.to_str()?;
    let stem = name.strip_suffix(".ron")?;
    let (stems, certainty) = original_stems(stem);
    stems
        .into_iter()
        .map(|s| copy.with_file_name(format!("{s}.ron")))
        .find(|p| p != copy && exists(p))
        .map(|p| (p, certainty))
}

/// The stems the original may have, most certain first.
fn original_stems(stem: &str) -> (Vec<&str>, CopyName) {
    let mut out = Vec::new();
    // Nextcloud, ownCloud, Dropbox: « NAME (… conflicted copy …) », « NAME (copie en conflit …) ».
    if let Some(open) = stem.rfind(" (")
        && stem.ends_with(')')
    {
        let inner = stem[open + 2..stem.len() - 1].to_lowercase();
        if inner.contains("conflicted copy") || inner.contains("copie en conflit") {
            out.push(&stem[..open]);
        }
    }
    // Syncthing: « NAME.sync-conflict-DATE-TIME-DEVICE ».
    if let Some(at) = stem.find(".sync-conflict-") {
        out.push(&stem[..at]);
    }
    if !out.is_empty() {
        return (out, CopyName::Certain);
    }
    // OneDrive: « NAME-HOSTNAME », a host name being letters, digits and dashes.
    {
        // The longest name first: `campus-mer-PC` is a copy of `campus-mer` before `campus`.
        for (at, _) in stem.rmatch_indices('-') {
            let host = &stem[at + 1..];
            if !host.is_empty() && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                out.push(&stem[..at]);
            }
        }
    }
    (out, CopyName::Possible)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn original(name: &str) -> Option<String> {
        let dir = Path::new("/w");
        conflict_copy_of(&dir.join(name), |p| {
            p == dir.join("campus.ron") || p == dir.join("campus-mer.ron")
        })
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
    }

    #[test]
    fn each_sync_client_s_name_is_recognised() {
        let campus = Some("campus.ron".to_owned());
        assert_eq!(
            original("campus (conflicted copy 2026-11-30 101500).ron"),
            campus
        );
        assert_eq!(
            original("campus (copie en conflit 2026-11-30 101500).ron"),
            campus
        );
        assert_eq!(
            original("campus (Marie's conflicted copy 2026-11-30).ron"),
            campus
        );
        assert_eq!(
            original("campus.sync-conflict-20261130-101500-ABCDEFG.ron"),
            campus
        );
        assert_eq!(original("campus-PC-DIRECTEUR.ron"), campus);
        assert_eq!(
            original("campus-mer-LAPTOP7.ron"),
            Some("campus-mer.ron".to_owned()),
            "the longest existing name first"
        );
        assert_eq!(original("campus.ron"), None);
        assert_eq!(original("autre (conflicted copy 2026-11-30).ron"), None);
        assert_eq!(original("campus (2).ron"), None);
    }
}
