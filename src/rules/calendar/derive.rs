//! Deriving the timeline of one dossier.

use chrono::{Days, Months, NaiveDate};

use crate::model::Dossier;
use crate::model::action::ActionStatus;
use crate::model::label::Regime;
use crate::model::milestone::{MilestoneKind, MilestoneStatus};

use super::{
    CalendarRules, Deadline, ItemKind, ItemStatus, ItemTitle, LabelPeriod, Timeline, TimelineItem,
};

/// Every dated item of `d` with its status on `today`, in date order.
pub fn timeline(d: &Dossier, rules: &CalendarRules, today: NaiveDate) -> Timeline {
    let mut t = Timeline::default();
    let status = |date: NaiveDate, done: bool| open_status(date, done, today, rules);

    // Decisions with a date, in date order; each period ends at the next decision or its end.
    let mut decisions: Vec<(usize, NaiveDate)> = d
        .label_decisions
        .iter()
        .enumerate()
        .filter_map(|(i, x)| x.date.map(|date| (i, date)))
        .collect();
    decisions.sort_by_key(|&(_, date)| date);
    for (n, &(i, start)) in decisions.iter().enumerate() {
        let Some(x) = d.label_decisions.get(i) else {
            continue;
        };
        let next = decisions.get(n + 1).map(|&(_, date)| date);
        let label_end = x.end_date();
        let end = match (label_end, next) {
            (Some(e), Some(nx)) => Some(e.min(nx)),
            (Some(e), None) => Some(e),
            (None, nx) => nx,
        };
        let path = format!("label_decisions[{i}]");
        t.periods.push(LabelPeriod {
            start,
            end,
            category: x.category,
            path: path.clone(),
        });
        t.items.push(TimelineItem {
            date: start,
            end: None,
            kind: ItemKind::LabelStart,
            title: ItemTitle::Decision(x.kind, x.category),
            status: if start <= today {
                ItemStatus::Done
            } else {
                ItemStatus::Upcoming
            },
            path: Some(path.clone()),
            group: String::new(),
        });
        let regime = Regime::on(start);
        let bilan_years = match regime {
            Regime::Decret2014 => Some(rules.bilan_2014_years),
            Regime::Decret2019 => rules.bilan_2019_years,
        };
        if let Some(years) = bilan_years
            && let Some(bilan) = start.checked_add_months(Months::new(12 * years))
            && end.is_none_or(|e| bilan < e)
        {
            let done = typed_near(d, bilan, &[MilestoneKind::BilanEtape], rules);
            t.items.push(TimelineItem {
                date: bilan,
                end: None,
                kind: ItemKind::BilanEtape,
                title: ItemTitle::BilanEtape(years),
                status: status(bilan, done),
                path: None,
                group: String::new(),
            });
        }
        let Some(label_end) = label_end else { continue };
        let renewed = next.is_some_and(|nx| nx <= label_end);
        if let Some(due) = label_end.checked_sub_months(Months::new(rules.renewal_lead_months)) {
            let done = renewed
                || typed_near(
                    d,
                    due,
                    &[
                        MilestoneKind::Renouvellement,
                        MilestoneKind::DepotDossier,
                        MilestoneKind::Evaluation,
                    ],
                    rules,
                );
            t.items.push(TimelineItem {
                date: due,
                end: None,
                kind: ItemKind::RenewalDue,
                title: ItemTitle::RenewalDue(rules.renewal_lead_months),
                status: status(due, done),
                path: None,
                group: String::new(),
            });
            reminders(&mut t, due, Deadline::Renewal, done, rules, today);
        }
        if !renewed {
            t.items.push(TimelineItem {
                date: label_end,
                end: None,
                kind: ItemKind::LabelEnd,
                title: ItemTitle::LabelEnd(x.category),
                status: if label_end <= today {
                    ItemStatus::Done
                } else {
                    status(label_end, false)
                },
                path: Some(path),
                group: String::new(),
            });
            reminders(
                &mut t,
                label_end,
                Deadline::LabelEnd,
                label_end <= today,
                rules,
                today,
            );
        }
    }

    for (i, m) in d.milestones.iter().enumerate() {
        let done = m.status != MilestoneStatus::Prevu;
        t.items.push(TimelineItem {
            date: m.date,
            end: None,
            kind: ItemKind::Milestone(m.kind),
            title: ItemTitle::Milestone(m.kind, m.title.trim().to_owned()),
            status: status(m.date, done),
            path: Some(format!("milestones[{i}]")),
            group: String::new(),
        });
    }

    for (i, a) in d.actions.iter().enumerate() {
        let Some(start) = a.start.or(a.end) else {
            continue;
        };
        let done = matches!(a.status, ActionStatus::Terminee | ActionStatus::Abandonnee);
        let due = a.end.unwrap_or(start);
        t.items.push(TimelineItem {
            date: start,
            end: a.end,
            kind: ItemKind::Action,
            title: ItemTitle::Action(a.title.clone()),
            status: if done {
                ItemStatus::Done
            } else {
                status(due, false)
            },
            path: Some(format!("actions[{i}]")),
            group: a.axis.clone(),
        });
    }
    t.items
        .sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.title.cmp(&b.title)));
    t
}

/// Status of something due on `date`: done, overdue, due soon or upcoming.
fn open_status(date: NaiveDate, done: bool, today: NaiveDate, rules: &CalendarRules) -> ItemStatus {
    if done {
        ItemStatus::Done
    } else if date < today {
        ItemStatus::Overdue
    } else if (date - today).num_days() <= rules.due_soon_days {
        ItemStatus::DueSoon
    } else {
        ItemStatus::Upcoming
    }
}

/// True when a typed milestone of one of `kinds`, marked done, falls near `date`.
fn typed_near(
    d: &Dossier,
    date: NaiveDate,
    kinds: &[MilestoneKind],
    rules: &CalendarRules,
) -> bool {
    d.milestones.iter().any(|m| {
        kinds.contains(&m.kind)
            && m.status == MilestoneStatus::Fait
            && (m.date - date).num_days().abs() <= rules.match_window_days
    })
}

/// Reminders ahead of the deadline `date` (those already past are shown as done).
fn reminders(
    t: &mut Timeline,
    date: NaiveDate,
    what: Deadline,
    done: bool,
    rules: &CalendarRules,
    today: NaiveDate,
) {
    if done {
        return;
    }
    for &days in &rules.reminder_days {
        let Some(at) = date.checked_sub_days(Days::new(u64::from(days))) else {
            continue;
        };
        t.items.push(TimelineItem {
            date: at,
            end: None,
            kind: ItemKind::Reminder,
            title: ItemTitle::Reminder(what, days),
            status: if at < today {
                ItemStatus::Done
            } else {
                open_status(at, false, today, rules)
            },
            path: None,
            group: String::new(),
        });
    }
}
