//! Erasmus+ activity types as data, per action and call year (`assets/erasmus/activity-types.ron`):
//! which types an action offers, their code and name in the Beneficiary Module, who may take
//! them and how long they last (`shared/domain.md` §5.2, §5.5).

use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::mobility::{ActivityType, ParticipantKind};
use crate::model::project::KeyAction;

/// The table shipped with the app.
const SHIPPED: &str = include_str!("../../assets/erasmus/activity-types.ron");

/// The activity types of every action and call year, with their source.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityTable {
    /// Where the facts come from.
    pub source: String,
    /// One entry per activity type and range of calls.
    pub types: Vec<ActivityRule>,
}

/// An activity type as some actions offer it in some call years.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityRule {
    /// The activity type.
    pub activity: ActivityType,
    /// The actions that offer it.
    pub actions: Vec<KeyAction>,
    /// The first call year that offers it.
    pub from_call: u16,
    /// The last one (`None`: still offered).
    pub to_call: Option<u16>,
    /// Its activity type code in the Beneficiary Module, when known.
    pub code: Option<String>,
    /// Its name in the Beneficiary Module (or the Programme Guide).
    pub name: String,
    /// Who may take it.
    pub participants: Vec<ParticipantKind>,
    /// Shortest duration in days (travel excluded).
    pub min_days: i64,
    /// Longest duration in days.
    pub max_days: i64,
    /// The bounds were checked against a reliable source.
    pub checked: bool,
}

impl ActivityRule {
    /// True when `action` offers the type in `call_year`.
    pub fn applies(&self, action: KeyAction, call_year: u16) -> bool {
        self.actions.contains(&action)
            && call_year >= self.from_call
            && self.to_call.is_none_or(|to| call_year <= to)
    }
}

/// The shipped table, read once (an empty table if it did not read: a test keeps it readable).
pub fn table() -> &'static ActivityTable {
    static TABLE: OnceLock<ActivityTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        ron::from_str(SHIPPED).unwrap_or_else(|_| ActivityTable {
            source: String::new(),
            types: Vec::new(),
        })
    })
}

/// The rule of `activity` in a project of `action` and `call_year`; `None` when that project
/// does not offer it.
pub fn rule(
    activity: ActivityType,
    action: KeyAction,
    call_year: u16,
) -> Option<&'static ActivityRule> {
    table()
        .types
        .iter()
        .find(|r| r.activity == activity && r.applies(action, call_year))
}

/// The rule of `activity` in the current programme (KA121, the latest calls), for a mobility
/// that has no project yet.
pub fn current(activity: ActivityType) -> Option<&'static ActivityRule> {
    table()
        .types
        .iter()
        .filter(|r| r.activity == activity)
        .max_by_key(|r| (r.to_call.is_none(), r.from_call))
}

/// The activity types a project of `action` and `call_year` offers, in display order.
pub fn offered(action: KeyAction, call_year: u16) -> Vec<ActivityType> {
    ActivityType::ALL
        .into_iter()
        .filter(|a| rule(*a, action, call_year).is_some())
        .collect()
}

/// The activity type whose Beneficiary Module code or name is `text` (any case).
pub fn by_code_or_name(text: &str) -> Option<ActivityType> {
    let t = text.trim();
    table()
        .types
        .iter()
        .find(|r| {
            r.code.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(t))
                || r.name.eq_ignore_ascii_case(t)
        })
        .map(|r| r.activity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_reads_and_gives_every_type_a_current_rule() {
        let t: ActivityTable = match ron::from_str(SHIPPED) {
            Ok(t) => t,
            Err(e) => panic!("activity-types.ron does not read: {e}"),
        };
        assert!(!t.types.is_empty());
        for a in ActivityType::ALL {
            let r = current(a).unwrap_or_else(|| panic!("{a:?} has no rule"));
            assert!(r.min_days <= r.max_days, "{a:?}");
        }
    }

    #[test]
    fn offers_depend_on_the_action_and_the_call_year() {
        let ka121 = offered(KeyAction::Ka121, 2022);
        assert!(ka121.contains(&ActivityType::ExpertInvite));
        assert!(!ka121.contains(&ActivityType::VisitePreparatoire));
        assert!(offered(KeyAction::Ka122, 2022).contains(&ActivityType::VisitePreparatoire));
        assert!(offered(KeyAction::Ka220, 2022).is_empty());
        // ErasmusPro came to KA102 in 2018.
        assert!(!offered(KeyAction::Ka102, 2016).contains(&ActivityType::ErasmusPro));
        assert!(offered(KeyAction::Ka102, 2019).contains(&ActivityType::ErasmusPro));
        assert_eq!(by_code_or_name("sm-tta"), Some(ActivityType::Enseignement));
        assert_eq!(
            rule(ActivityType::CourteDuree, KeyAction::Ka121, 2024)
                .map(|r| (r.min_days, r.max_days)),
            Some((10, 89))
        );
    }
}
