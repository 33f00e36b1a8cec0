//! The example workspace bundled in the binary (`assets/examples/`).

/// One bundled example dossier.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// File name in the workspace.
    pub file_name: &'static str,
    /// File content.
    pub text: &'static str,
}

macro_rules! example {
    ($name:literal) => {
        Example {
            file_name: $name,
            text: include_str!(concat!("../../assets/examples/", $name)),
        }
    };
}

/// Real campuses from the seed documents, and one fictional campus that fills every field.
pub const EXAMPLES: &[Example] = &[
    example!("campus-exemple.ron"),
    example!("cosmetopharma.ron"),
    example!("microtechniques-besancon.ron"),
    example!("mobicampus.ron"),
    example!("patmat.ron"),
    example!("transnum.ron"),
];
