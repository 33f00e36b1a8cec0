//! Design tokens: semantic colours and sizes, in one place. Widgets ask for `error`, not red.

use egui::{Color32, Visuals};

use crate::rules::Severity;

/// Semantic colours for the current light/dark visuals.
#[derive(Clone, Copy, Debug)]
pub struct Tokens {
    /// Errors (invalid UAI, end before start…).
    pub error: Color32,
    /// Warnings (missing data, unusual values).
    pub warning: Color32,
    /// Something fine (saved, valid).
    pub ok: Color32,
    /// Secondary text.
    pub subdued: Color32,
    /// Accent for the unsaved-changes marker.
    pub unsaved: Color32,
}

/// Height of a table row.
pub const ROW_HEIGHT: f32 = 22.0;
/// Width of the label column of a form.
pub const LABEL_WIDTH: f32 = 190.0;
/// Default width of the dossier list.
pub const SIDE_PANEL_WIDTH: f32 = 270.0;
/// Width of the checks panel.
pub const CHECKS_PANEL_WIDTH: f32 = 340.0;
/// Space between groups of a form.
pub const GROUP_SPACING: f32 = 10.0;

impl Tokens {
    /// The tokens for `visuals` (dark or light).
    pub fn for_visuals(visuals: &Visuals) -> Self {
        if visuals.dark_mode {
            Self {
                error: Color32::from_rgb(0xff, 0x6b, 0x6b),
                warning: Color32::from_rgb(0xf0, 0xb4, 0x29),
                ok: Color32::from_rgb(0x5c, 0xc8, 0x7a),
                subdued: Color32::from_gray(150),
                unsaved: Color32::from_rgb(0x7a, 0xb8, 0xff),
            }
        } else {
            Self {
                error: Color32::from_rgb(0xc0, 0x1c, 0x28),
                warning: Color32::from_rgb(0xa0, 0x62, 0x00),
                ok: Color32::from_rgb(0x1e, 0x7d, 0x32),
                subdued: Color32::from_gray(100),
                unsaved: Color32::from_rgb(0x1f, 0x5f, 0xbf),
            }
        }
    }

    /// The tokens for the visuals of `ui`.
    pub fn of(ui: &egui::Ui) -> Self {
        Self::for_visuals(ui.visuals())
    }

    /// The colour of a finding's severity.
    pub fn severity(&self, s: Severity) -> Color32 {
        match s {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
        }
    }
}
