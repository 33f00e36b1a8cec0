//! Design tokens: semantic colours and sizes, in one place. Widgets ask for `error`, not red.

use egui::{Color32, Visuals};

use crate::model::label::LabelCategory;
use crate::rules::Severity;
use crate::rules::calendar::ItemStatus;

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
    /// Something overdue.
    pub late: Color32,
    /// Something open, not due yet.
    pub upcoming: Color32,
    /// Band of a CMQ label period.
    pub cmq: Color32,
    /// Band of a CMQ « excellence » label period.
    pub excellence: Color32,
    /// The « today » line.
    pub today: Color32,
}

/// Height of a table row.
pub const ROW_HEIGHT: f32 = 22.0;
/// Width of the label column of a form.
pub const LABEL_WIDTH: f32 = 190.0;
/// Default width of the dossier list.
pub const SIDE_PANEL_WIDTH: f32 = 270.0;
/// Width of the checks panel.
pub const CHECKS_PANEL_WIDTH: f32 = 340.0;
/// Height of a lane of the timeline.
pub const LANE_HEIGHT: f32 = 18.0;
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
                late: Color32::from_rgb(0xff, 0x5c, 0x5c),
                upcoming: Color32::from_rgb(0x6c, 0xa8, 0xff),
                cmq: Color32::from_rgb(0x2f, 0x6f, 0xa8),
                excellence: Color32::from_rgb(0x9b, 0x59, 0xc9),
                today: Color32::from_rgb(0xff, 0x70, 0x43),
            }
        } else {
            Self {
                error: Color32::from_rgb(0xc0, 0x1c, 0x28),
                warning: Color32::from_rgb(0xa0, 0x62, 0x00),
                ok: Color32::from_rgb(0x1e, 0x7d, 0x32),
                subdued: Color32::from_gray(100),
                unsaved: Color32::from_rgb(0x1f, 0x5f, 0xbf),
                late: Color32::from_rgb(0xc6, 0x28, 0x28),
                upcoming: Color32::from_rgb(0x1f, 0x5f, 0xbf),
                cmq: Color32::from_rgb(0x8e, 0xbf, 0xe8),
                excellence: Color32::from_rgb(0xc9, 0xa0, 0xe8),
                today: Color32::from_rgb(0xe6, 0x4a, 0x19),
            }
        }
    }

    /// The tokens for the visuals of `ui`.
    pub fn of(ui: &egui::Ui) -> Self {
        Self::for_visuals(ui.visuals())
    }

    /// The colour of a timeline item's status.
    pub fn status(&self, s: ItemStatus) -> Color32 {
        match s {
            ItemStatus::Overdue => self.late,
            ItemStatus::DueSoon => self.warning,
            ItemStatus::Upcoming => self.upcoming,
            ItemStatus::Done => self.subdued,
        }
    }

    /// The band colour of a label category.
    pub fn category(&self, c: LabelCategory) -> Color32 {
        match c {
            LabelCategory::Cmq => self.cmq,
            LabelCategory::Excellence => self.excellence,
            LabelCategory::AConfirmer => self.subdued,
        }
    }

    /// The colour of a finding's severity.
    pub fn severity(&self, s: Severity) -> Color32 {
        match s {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
        }
    }
}
