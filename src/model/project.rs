//! Erasmus+ projects the campus takes part in: the reference, the action, the campus's role,
//! the dates and the grant, and the targets the application announced (`shared/domain.md` §5).
//! Mobilities ([`super::mobility`]) belong to a project.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::erasmus::project_number;
use super::ids::ProjectId;
use super::mobility::ActivityType;

/// An Erasmus+ project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable id.
    pub id: ProjectId,
    /// Project number (`2022-1-FR01-KA121-VET-000086243`).
    pub reference: String,
    /// The key action (the reference's `KA…`).
    pub action: KeyAction,
    /// The call year (the reference's first part); the grant tables depend on it.
    pub call_year: u16,
    /// What the campus is in the project.
    pub role: ProjectRole,
    /// Erasmus accreditation number (KA121 projects).
    pub accreditation: String,
    /// Grant agreement number.
    pub grant_agreement: String,
    /// First day of the project.
    pub start: Option<NaiveDate>,
    /// Last day of the project.
    pub end: Option<NaiveDate>,
    /// The grant awarded (€).
    pub grant_eur: Option<u32>,
    /// What the application announced, per activity type.
    pub targets: Vec<Target>,
}

/// The planned figures of one activity type, as the Beneficiary Module's Targets tab lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The activity type.
    pub activity: ActivityType,
    /// Participants (accompanying persons excluded).
    pub participants: u32,
    /// Days of activity, all participants together.
    pub days: u32,
    /// Accompanying persons.
    pub accompanying: u32,
    /// Participants with fewer opportunities.
    pub fewer_opportunities: u32,
    /// Participants travelling green.
    pub green_travel: u32,
}

/// The Erasmus+ key action of a project.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum KeyAction {
    /// Mobility, accredited (2021–2027).
    #[default]
    Ka121,
    /// Mobility, short-term project (2021–2027).
    Ka122,
    /// Small-scale partnership (2021–2027).
    Ka210,
    /// Cooperation partnership (2021–2027).
    Ka220,
    /// VET mobility (2014–2020).
    Ka102,
    /// VET mobility with a charter (2014–2020).
    Ka116,
    /// Centres of Vocational Excellence (its references carry no `KA` code of their own here).
    Cove,
}

/// What the campus (or its member) is in a project.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum ProjectRole {
    /// Holds the grant and leads the consortium or the project.
    #[default]
    Coordinateur,
    /// A member of an accredited consortium.
    MembreConsortium,
    /// A partner of a partnership project.
    Partenaire,
}

impl KeyAction {
    /// Every action, in display order.
    pub const ALL: [Self; 7] = [
        Self::Ka121,
        Self::Ka122,
        Self::Ka210,
        Self::Ka220,
        Self::Ka102,
        Self::Ka116,
        Self::Cove,
    ];

    /// The code in a project number (`KA121`); CoVE has none of its own.
    pub fn code(self) -> Option<&'static str> {
        match self {
            Self::Ka121 => Some("KA121"),
            Self::Ka122 => Some("KA122"),
            Self::Ka210 => Some("KA210"),
            Self::Ka220 => Some("KA220"),
            Self::Ka102 => Some("KA102"),
            Self::Ka116 => Some("KA116"),
            Self::Cove => None,
        }
    }

    /// The action of a `KA…` code, if it is one of ours.
    pub fn of_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| {
            a.code()
                .is_some_and(|c| c.eq_ignore_ascii_case(code.trim()))
        })
    }

    /// True for the actions that fund mobilities (KA1).
    pub fn is_mobility(self) -> bool {
        matches!(self, Self::Ka121 | Self::Ka122 | Self::Ka102 | Self::Ka116)
    }
}

impl ProjectRole {
    /// Every role, in display order.
    pub const ALL: [Self; 3] = [Self::Coordinateur, Self::MembreConsortium, Self::Partenaire];
}

impl Project {
    /// A project made from its reference alone: the action and call year read from it (the
    /// action is KA121 and the year 0 when the reference does not say).
    pub fn from_reference(reference: &str) -> Self {
        let number = project_number(reference);
        Self {
            reference: reference.trim().to_owned(),
            action: number
                .as_ref()
                .and_then(|n| KeyAction::of_code(&n.action))
                .unwrap_or_default(),
            call_year: number.map_or(0, |n| n.call_year),
            ..Self::default()
        }
    }

    /// The prefix of the Mobility activity IDs of the project (`086243` of
    /// `2022-1-FR01-KA121-VET-000086243`): the last six digits of the reference, or nothing
    /// when the reference is not a project number.
    pub fn mobility_prefix(&self) -> Option<String> {
        let serial = project_number(&self.reference)?.serial;
        Some(serial[serial.len().saturating_sub(6)..].to_owned())
    }

    /// The Mobility activity ID number `n` of the project (`086243-MOB-00001`; `MOB-00001`
    /// without a valid reference).
    pub fn mobility_id(&self, n: u32) -> String {
        match self.mobility_prefix() {
            Some(prefix) => format!("{prefix}-MOB-{n:05}"),
            None => format!("MOB-{n:05}"),
        }
    }

    /// True when `day` lies within the project's dates (an open end contains every day).
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start.is_none_or(|s| s <= day) && self.end.is_none_or(|e| day <= e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_made_from_its_reference_knows_its_action_and_call_year() {
        let p = Project::from_reference(" 2022-1-FR01-KA220-VET-000086243 ");
        assert_eq!((p.action, p.call_year), (KeyAction::Ka220, 2022));
        assert_eq!(p.mobility_id(1), "086243-MOB-00001");
        let old = Project::from_reference("2017-1-FR01-KA102-037441");
        assert_eq!(
            (old.action, old.mobility_id(12)),
            (KeyAction::Ka102, "037441-MOB-00012".to_owned())
        );
        let bad = Project::from_reference("garbage-ref");
        assert_eq!(
            (bad.call_year, bad.mobility_id(3)),
            (0, "MOB-00003".to_owned())
        );
    }
}
