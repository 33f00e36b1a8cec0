//! The calendar engine on real cases: the regimes, the 2022 complementary arrêté, renewals,
//! statuses on several days, leap days.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use chrono::NaiveDate;
use cmq_dossiers::model::Dossier;
use cmq_dossiers::model::ids::{DecisionId, MilestoneId};
use cmq_dossiers::model::label::{DecisionKind, LabelCategory, LabelDecision};
use cmq_dossiers::model::milestone::{Milestone, MilestoneKind, MilestoneStatus};
use cmq_dossiers::rules::calendar::{CalendarRules, ItemKind, ItemStatus, Timeline, timeline};
use cmq_dossiers::store::{self, examples::EXAMPLES};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn example(name: &str) -> Dossier {
    let text = EXAMPLES.iter().find(|e| e.file_name == name).unwrap().text;
    store::from_text(text).unwrap().dossier
}

fn decision(
    id: &str,
    kind: DecisionKind,
    category: LabelCategory,
    date: NaiveDate,
    years: u8,
) -> LabelDecision {
    LabelDecision {
        id: DecisionId(id.into()),
        kind,
        category,
        date: Some(date),
        reference: String::new(),
        duration_years: Some(years),
        note: String::new(),
    }
}

fn one(t: &Timeline, kind: ItemKind) -> (NaiveDate, ItemStatus) {
    let found: Vec<_> = t.items.iter().filter(|i| i.kind == kind).collect();
    assert_eq!(found.len(), 1, "exactly one {kind:?} in {:#?}", t.items);
    (found[0].date, found[0].status)
}

#[test]
fn mobicampus_excellence_from_6_february_2020() {
    let rules = CalendarRules::default();
    let mut d = example("mobicampus.ron");
    // The press release gives no duration: a period with no end and no invented deadline.
    let t = timeline(&d, &rules, ymd(2026, 11, 22));
    assert_eq!(t.periods.len(), 1);
    assert_eq!(
        (t.periods[0].start, t.periods[0].end),
        (ymd(2020, 2, 6), None)
    );
    assert_eq!(t.periods[0].category, LabelCategory::Excellence);
    assert_eq!(
        one(&t, ItemKind::LabelStart),
        (ymd(2020, 2, 6), ItemStatus::Done)
    );
    assert!(
        t.items
            .iter()
            .all(|i| i.kind != ItemKind::RenewalDue && i.kind != ItemKind::BilanEtape)
    );

    // With the five years of the 2019 regime, the renewal is due six months before the end.
    d.label_decisions[0].duration_years = Some(5);
    for (today, status) in [
        (ymd(2024, 1, 1), ItemStatus::Upcoming),
        (ymd(2024, 7, 1), ItemStatus::DueSoon),
        (ymd(2024, 9, 1), ItemStatus::Overdue),
    ] {
        let t = timeline(&d, &rules, today);
        assert_eq!(
            one(&t, ItemKind::RenewalDue),
            (ymd(2024, 8, 6), status),
            "on {today}"
        );
        assert_eq!(one(&t, ItemKind::LabelEnd).0, ymd(2025, 2, 6));
    }
    assert_eq!(
        one(&timeline(&d, &rules, ymd(2025, 3, 1)), ItemKind::LabelEnd).1,
        ItemStatus::Done
    );
}

#[test]
fn a_2014_regime_campus_has_its_bilan_d_etape_two_years_in() {
    let rules = CalendarRules::default();
    let mut d = example("microtechniques-besancon.ron");
    for (today, status) in [
        (ymd(2018, 6, 1), ItemStatus::Upcoming),
        (ymd(2019, 1, 1), ItemStatus::DueSoon),
        (ymd(2019, 3, 1), ItemStatus::Overdue),
    ] {
        let t = timeline(&d, &rules, today);
        assert_eq!(
            one(&t, ItemKind::BilanEtape),
            (ymd(2019, 2, 13), status),
            "on {today}"
        );
        assert_eq!(one(&t, ItemKind::RenewalDue).0, ymd(2020, 8, 13));
        assert_eq!(one(&t, ItemKind::LabelEnd).0, ymd(2021, 2, 13));
    }
    // A bilan d'étape typed as held a few weeks late stands for the one the rules call for.
    d.milestones.push(Milestone {
        id: MilestoneId("J9".into()),
        kind: MilestoneKind::BilanEtape,
        title: "Bilan d'étape".into(),
        date: ymd(2019, 3, 20),
        status: MilestoneStatus::Fait,
        note: String::new(),
    });
    let t = timeline(&d, &rules, ymd(2019, 4, 1));
    assert_eq!(one(&t, ItemKind::BilanEtape).1, ItemStatus::Done);
}

#[test]
fn the_2019_regime_has_no_bilan_unless_configured() {
    let mut d = Dossier::default();
    d.label_decisions.push(decision(
        "D1",
        DecisionKind::Creation,
        LabelCategory::Cmq,
        ymd(2021, 6, 1),
        5,
    ));
    let t = timeline(&d, &CalendarRules::default(), ymd(2021, 7, 1));
    assert!(t.items.iter().all(|i| i.kind != ItemKind::BilanEtape));
    let rules = CalendarRules {
        bilan_2019_years: Some(3),
        ..CalendarRules::default()
    };
    assert_eq!(
        one(&timeline(&d, &rules, ymd(2021, 7, 1)), ItemKind::BilanEtape).0,
        ymd(2024, 6, 1)
    );
}

#[test]
fn the_2022_complementary_arrete_grants_2_3_or_5_years() {
    let rules = CalendarRules::default();
    for (years, end, due) in [
        (2, ymd(2024, 4, 25), ymd(2023, 10, 25)),
        (3, ymd(2025, 4, 25), ymd(2024, 10, 25)),
        (5, ymd(2027, 4, 25), ymd(2026, 10, 25)),
    ] {
        let mut d = Dossier::default();
        d.label_decisions.push(decision(
            "D1",
            DecisionKind::Creation,
            LabelCategory::Cmq,
            ymd(2022, 4, 25),
            years,
        ));
        let t = timeline(&d, &rules, ymd(2022, 5, 1));
        assert_eq!(t.periods[0].end, Some(end), "{years} years");
        assert_eq!(one(&t, ItemKind::RenewalDue), (due, ItemStatus::Upcoming));
        let reminders: Vec<NaiveDate> = t
            .items
            .iter()
            .filter(|i| i.kind == ItemKind::Reminder)
            .map(|i| i.date)
            .collect();
        assert!(
            reminders.contains(&(due - chrono::Days::new(90))),
            "{reminders:?}"
        );
        assert!(
            reminders.contains(&(end - chrono::Days::new(30))),
            "{reminders:?}"
        );
    }
}

#[test]
fn a_renewal_chains_a_second_label_period_and_settles_the_first_deadline() {
    let rules = CalendarRules::default();
    let d = example("campus-exemple.ron");
    let t = timeline(&d, &rules, ymd(2026, 11, 22));
    let periods: Vec<(NaiveDate, Option<NaiveDate>, LabelCategory)> = t
        .periods
        .iter()
        .map(|p| (p.start, p.end, p.category))
        .collect();
    assert_eq!(
        periods,
        [
            (ymd(2015, 3, 10), Some(ymd(2019, 3, 10)), LabelCategory::Cmq),
            // Three years of « excellence », cut short by the renewal of 25 April 2022.
            (
                ymd(2019, 12, 20),
                Some(ymd(2022, 4, 25)),
                LabelCategory::Excellence
            ),
            (
                ymd(2022, 4, 25),
                Some(ymd(2027, 4, 25)),
                LabelCategory::Excellence
            ),
        ]
    );
    let renewals: Vec<(NaiveDate, ItemStatus)> = t
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::RenewalDue)
        .map(|i| (i.date, i.status))
        .collect();
    assert_eq!(
        renewals,
        [
            // The 2015 label ran out before the next decision; the renewal application typed
            // on 5 September 2018 stands for its deadline.
            (ymd(2018, 9, 10), ItemStatus::Done),
            (ymd(2022, 6, 20), ItemStatus::Done),
            // The current label ends on 25 April 2027: the application was due on 25 October
            // 2026 and the dossier's own milestone for it is still « prévu ».
            (ymd(2026, 10, 25), ItemStatus::Overdue),
        ]
    );
    let ends: Vec<(NaiveDate, ItemStatus)> = t
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::LabelEnd)
        .map(|i| (i.date, i.status))
        .collect();
    assert_eq!(
        ends,
        [
            (ymd(2019, 3, 10), ItemStatus::Done),
            (ymd(2027, 4, 25), ItemStatus::Upcoming)
        ]
    );
    // Overdue first in the deadlines list.
    assert_eq!(t.deadlines()[0].status, ItemStatus::Overdue);
}

#[test]
fn leap_day_starts_end_on_28_february_of_a_common_year() {
    let rules = CalendarRules {
        bilan_2019_years: Some(2),
        ..CalendarRules::default()
    };
    let mut d = Dossier::default();
    d.label_decisions.push(decision(
        "D1",
        DecisionKind::Creation,
        LabelCategory::Cmq,
        ymd(2024, 2, 29),
        3,
    ));
    let t = timeline(&d, &rules, ymd(2024, 3, 1));
    assert_eq!(t.periods[0].end, Some(ymd(2027, 2, 28)));
    assert_eq!(one(&t, ItemKind::BilanEtape).0, ymd(2026, 2, 28));
    let mut d = Dossier::default();
    d.label_decisions.push(decision(
        "D1",
        DecisionKind::Creation,
        LabelCategory::Cmq,
        ymd(2016, 2, 29),
        4,
    ));
    let t = timeline(&d, &rules, ymd(2016, 3, 1));
    assert_eq!(t.periods[0].end, Some(ymd(2020, 2, 29)));
    assert_eq!(one(&t, ItemKind::BilanEtape).0, ymd(2018, 2, 28));
    assert_eq!(one(&t, ItemKind::RenewalDue).0, ymd(2019, 8, 29));
}

#[test]
fn typed_milestones_and_actions_get_statuses_too() {
    let d = example("campus-exemple.ron");
    let t = timeline(&d, &CalendarRules::default(), ymd(2026, 11, 22));
    let cancelled = t
        .items
        .iter()
        .find(|i| {
            (cmq_dossiers::i18n::Lang::Fr.strings().item_title)(&i.title)
                == "Séminaire européen des campus"
                && matches!(i.kind, ItemKind::Milestone(_))
        })
        .unwrap();
    assert_eq!(cancelled.status, ItemStatus::Done);
    let copil = t.items.iter().find(|i| i.date == ymd(2027, 6, 15)).unwrap();
    assert_eq!(
        (copil.kind, copil.status),
        (
            ItemKind::Milestone(MilestoneKind::ComitePilotage),
            ItemStatus::Upcoming
        )
    );
    assert_eq!(copil.path.as_deref(), Some("milestones[12]"));
    assert!(
        t.items
            .iter()
            .any(|i| i.kind == ItemKind::Action && i.end.is_some() && !i.group.is_empty())
    );
    assert!(
        t.items.windows(2).all(|w| w[0].date <= w[1].date),
        "in date order"
    );
}
