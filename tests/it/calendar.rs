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
use cmq_dossiers::rules::calendar::{
    CalendarRules, ItemKind, ItemStatus, ItemTitle, LabelStatus, Timeline, timeline,
};
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
        ..LabelDecision::default()
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
    // Ended and not renewed: one fact, « expired », instead of an overdue renewal for ever.
    let t = timeline(&d, &rules, ymd(2025, 3, 1));
    assert_eq!(
        one(&t, ItemKind::LabelEnd),
        (ymd(2025, 2, 6), ItemStatus::Overdue)
    );
    assert!(t.items.iter().all(|i| i.kind != ItemKind::RenewalDue));
    assert!(matches!(t.label, LabelStatus::Expired { .. }));
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
        decision: None,
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
        // The renewal reminder is itself a reminder: none of its own, only the label's end.
        assert!(
            !reminders.contains(&(due - chrono::Days::new(90))),
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
            (ymd(2015, 3, 10), Some(ymd(2019, 3, 8)), LabelCategory::Cmq),
            // Four years of « excellence » from 8 March 2019 (the 2014 regime), cut short by
            // the renewal of 25 April 2022.
            (
                ymd(2019, 3, 8),
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
    // The first period's reminder gives way to its typed renewal file (5 September 2018), the
    // current one's to the typed national campaign (15 September 2026); the second period's
    // was settled by the renewal.
    assert_eq!(renewals, [(ymd(2022, 9, 8), ItemStatus::Done)]);
    let ends: Vec<(NaiveDate, ItemStatus)> = t
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::LabelEnd)
        .map(|i| (i.date, i.status))
        .collect();
    assert_eq!(ends, [(ymd(2027, 4, 25), ItemStatus::Upcoming)]);
    // The renewal file typed for 25 October 2026 is still « prévu »: overdue, listed first.
    assert_eq!(t.deadlines()[0].status, ItemStatus::Overdue);
    assert_eq!(t.deadlines()[0].date, ymd(2026, 10, 25));
    // Nothing else overdue: the 2014 regime's bilans and evaluations are done.
    assert_eq!(
        t.deadlines()
            .iter()
            .filter(|i| i.status == ItemStatus::Overdue)
            .count(),
        1,
        "{:#?}",
        t.deadlines()
    );
}

#[test]
fn the_renewal_deadline_of_the_first_label_is_its_own() {
    let rules = CalendarRules::default();
    let d = example("campus-exemple.ron");
    let t = timeline(&d, &rules, ymd(2026, 11, 22));
    assert!(
        t.items
            .iter()
            .all(|i| i.kind != ItemKind::LabelEnd || i.date == ymd(2027, 4, 25))
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

/// A campus of the complementary arrêté of 25 April 2022, its label granted for `years`.
fn labelled_25_april_2022(years: u8, category: LabelCategory) -> Dossier {
    let mut d = Dossier::default();
    d.label_decisions.push(decision(
        "D1",
        DecisionKind::Creation,
        category,
        ymd(2022, 4, 25),
        years,
    ));
    d
}

#[test]
fn on_30_november_2026_a_label_of_25_april_2022_is_active_or_expired_as_its_years_say() {
    let rules = CalendarRules::default();
    let today = ymd(2026, 11, 30);
    for (years, end, expired) in [
        (2, ymd(2024, 4, 25), true),
        (3, ymd(2025, 4, 25), true),
        (5, ymd(2027, 4, 25), false),
    ] {
        let d = labelled_25_april_2022(years, LabelCategory::Excellence);
        let t = timeline(&d, &rules, today);
        if expired {
            assert_eq!(
                t.label,
                LabelStatus::Expired {
                    category: LabelCategory::Excellence,
                    end,
                    withdrawn: false
                },
                "{years} years"
            );
            assert_eq!(
                t.label.category(),
                None,
                "an expired label is no « excellence »"
            );
            // One fact instead of deadlines overdue for ever; no reminder « done ».
            let open: Vec<_> = t.deadlines();
            assert_eq!(open.len(), 1, "{years} years: {open:#?}");
            assert_eq!(
                open[0].title,
                ItemTitle::LabelExpired(LabelCategory::Excellence)
            );
            assert_eq!((open[0].date, open[0].status), (end, ItemStatus::Overdue));
            assert!(t.items.iter().all(|i| i.kind != ItemKind::Reminder));
        } else {
            assert_eq!(
                t.label,
                LabelStatus::Active {
                    category: LabelCategory::Excellence,
                    end: Some(end)
                }
            );
            // Reminders still ahead only: none of them is past and « done ».
            assert!(
                t.items
                    .iter()
                    .filter(|i| i.kind == ItemKind::Reminder)
                    .all(|i| i.date >= today && i.status != ItemStatus::Done)
            );
        }
    }
}

#[test]
fn a_gap_between_two_labels_a_non_renewal_and_a_category_to_confirm() {
    let rules = CalendarRules::default();
    let mut d = labelled_25_april_2022(2, LabelCategory::Cmq);
    d.label_decisions.push(decision(
        "D2",
        DecisionKind::Renouvellement,
        LabelCategory::Cmq,
        ymd(2025, 1, 10),
        5,
    ));
    let t = timeline(&d, &rules, ymd(2024, 10, 1));
    assert_eq!(
        t.label,
        LabelStatus::Gap {
            end: ymd(2024, 4, 25),
            next: ymd(2025, 1, 10)
        }
    );
    let t = timeline(&d, &rules, ymd(2026, 11, 30));
    assert!(matches!(t.label, LabelStatus::Active { .. }));
    // The first period's renewal reminder was settled by the renewal, late as it came.
    assert!(
        t.items
            .iter()
            .filter(|i| i.kind == ItemKind::RenewalDue)
            .all(|i| i.date > ymd(2025, 1, 10) || i.status == ItemStatus::Done)
    );
    // Not renewed, by a decision: the label ends that day, as a fact, not an overdue item.
    let mut ended = labelled_25_april_2022(5, LabelCategory::Cmq);
    let mut stop = decision(
        "D2",
        DecisionKind::NonRenouvellement,
        LabelCategory::Cmq,
        ymd(2025, 9, 1),
        0,
    );
    stop.duration_years = None;
    ended.label_decisions.push(stop);
    let t = timeline(&ended, &rules, ymd(2026, 11, 30));
    assert_eq!(
        t.label,
        LabelStatus::Expired {
            category: LabelCategory::Cmq,
            end: ymd(2025, 9, 1),
            withdrawn: false
        }
    );
    assert!(t.deadlines().is_empty(), "{:#?}", t.deadlines());
    // Withdrawn: said so, not « non renouvelé ».
    ended.label_decisions[1].kind = DecisionKind::Retrait;
    let t = timeline(&ended, &rules, ymd(2026, 11, 30));
    assert!(matches!(
        t.label,
        LabelStatus::Expired {
            withdrawn: true,
            ..
        }
    ));
    assert!(
        t.items
            .iter()
            .any(|i| i.title == ItemTitle::LabelWithdrawn(LabelCategory::Cmq))
    );
    // A renewal recorded without its date yet: labelled, date to fill in — not expired.
    let mut renewing = labelled_25_april_2022(2, LabelCategory::Cmq);
    renewing.label_decisions.push(LabelDecision {
        id: DecisionId("D2".into()),
        kind: DecisionKind::Renouvellement,
        ..LabelDecision::default()
    });
    let t = timeline(&renewing, &rules, ymd(2026, 11, 30));
    assert_eq!(
        t.label,
        LabelStatus::Undated {
            category: LabelCategory::Cmq
        }
    );
    // An amending arrêté starts no period.
    let mut amended = labelled_25_april_2022(5, LabelCategory::Cmq);
    let mut amend = decision(
        "D2",
        DecisionKind::Modificatif,
        LabelCategory::Cmq,
        ymd(2023, 3, 1),
        0,
    );
    amend.duration_years = None;
    amended.label_decisions.push(amend);
    let t = timeline(&amended, &rules, ymd(2026, 11, 30));
    assert_eq!(t.periods.len(), 1);
    assert_eq!(t.label.end(), Some(ymd(2027, 4, 25)));
}

#[test]
fn a_2014_label_gets_its_fourth_year_evaluation() {
    let rules = CalendarRules::default();
    let mut d = Dossier::default();
    d.label_decisions.push(decision(
        "D1",
        DecisionKind::Creation,
        LabelCategory::Cmq,
        ymd(2015, 2, 2),
        4,
    ));
    let t = timeline(&d, &rules, ymd(2018, 6, 1));
    let evaluation: Vec<_> = t
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Evaluation)
        .collect();
    assert_eq!(evaluation.len(), 1);
    assert_eq!(
        (evaluation[0].date, evaluation[0].end),
        (ymd(2018, 2, 2), Some(ymd(2019, 2, 2)))
    );
    assert_eq!(evaluation[0].status, ItemStatus::Upcoming);
    // Typed as done during the fourth year, it is done.
    d.milestones.push(Milestone {
        id: MilestoneId("J1".into()),
        kind: MilestoneKind::Evaluation,
        date: ymd(2018, 11, 15),
        status: MilestoneStatus::Fait,
        ..Milestone::default()
    });
    let t = timeline(&d, &rules, ymd(2018, 12, 1));
    assert!(
        t.items
            .iter()
            .any(|i| i.kind == ItemKind::Evaluation && i.status == ItemStatus::Done)
    );
    // The 2019 regime has none.
    let d = labelled_25_april_2022(5, LabelCategory::Cmq);
    let t = timeline(&d, &rules, ymd(2026, 11, 30));
    assert!(t.items.iter().all(|i| i.kind != ItemKind::Evaluation));
}

#[test]
fn a_typed_milestone_settles_only_its_own_period_and_a_campaign_replaces_the_reminder() {
    let rules = CalendarRules::default();
    // Two-year labels back to back: bilans and renewals close together.
    let mut d = Dossier::default();
    d.label_decisions.push(decision(
        "D1",
        DecisionKind::Creation,
        LabelCategory::Cmq,
        ymd(2022, 4, 25),
        2,
    ));
    d.label_decisions.push(decision(
        "D2",
        DecisionKind::Renouvellement,
        LabelCategory::Cmq,
        ymd(2024, 4, 25),
        2,
    ));
    // A « renouvellement » milestone of 1 May 2025, six months before the second period's
    // reminder (25 October 2025): too far to be taken for it unless it says so (within
    // ±183 days, any typed milestone used to settle it).
    d.milestones.push(Milestone {
        id: MilestoneId("J1".into()),
        kind: MilestoneKind::Renouvellement,
        date: ymd(2025, 5, 1),
        status: MilestoneStatus::Fait,
        ..Milestone::default()
    });
    let t = timeline(&d, &rules, ymd(2026, 1, 15));
    let second = t
        .items
        .iter()
        .find(|i| i.kind == ItemKind::RenewalDue && i.date == ymd(2025, 10, 25))
        .expect("the second period's reminder");
    assert_eq!(second.status, ItemStatus::Overdue);
    // Naming the second period's decision, it settles it whatever its date.
    d.milestones[0].decision = Some(DecisionId("D2".into()));
    let t = timeline(&d, &rules, ymd(2026, 1, 15));
    assert!(t.items.iter().any(|i| i.kind == ItemKind::RenewalDue
        && i.date == ymd(2025, 10, 25)
        && i.status == ItemStatus::Done));
    // A labelling campaign typed for the second period replaces its reminder.
    d.milestones.push(Milestone {
        id: MilestoneId("J2".into()),
        kind: MilestoneKind::AppelAProjets,
        date: ymd(2025, 9, 15),
        ..Milestone::default()
    });
    let t = timeline(&d, &rules, ymd(2026, 1, 15));
    assert!(
        t.items
            .iter()
            .all(|i| !(i.kind == ItemKind::RenewalDue && i.date == ymd(2025, 10, 25)))
    );
}
