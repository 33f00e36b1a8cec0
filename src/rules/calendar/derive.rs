//! Deriving the timeline of one dossier.

use chrono::{Days, Months, NaiveDate};

use crate::model::Dossier;
use crate::model::action::ActionStatus;
use crate::model::label::{DecisionKind, Regime};
use crate::model::milestone::{MilestoneKind, MilestoneStatus};

use super::{
    CalendarRules, Deadline, ItemKind, ItemStatus, ItemTitle, LabelPeriod, LabelStatus, Timeline,
    TimelineItem,
};

/// The label periods of `d`, oldest first: one per dated decision that grants a label, ending
/// at its label's end or at the next decision (granting or ending one) if that comes first. An
/// amending arrêté starts no period.
pub fn label_periods(d: &Dossier) -> Vec<LabelPeriod> {
    let mut decisions: Vec<(usize, NaiveDate)> = d
        .label_decisions
        .iter()
        .enumerate()
        .filter(|(_, x)| x.kind.grants() || x.kind.ends())
        .filter_map(|(i, x)| x.date.map(|date| (i, date)))
        .collect();
    decisions.sort_by_key(|&(_, date)| date);
    decisions
        .iter()
        .enumerate()
        .filter_map(|(n, &(i, start))| {
            let x = d.label_decisions.get(i).filter(|x| x.kind.grants())?;
            let following = decisions.get(n + 1);
            let next = following.map(|&(_, date)| date);
            let closing = following
                .and_then(|&(j, _)| d.label_decisions.get(j))
                .filter(|y| y.kind.ends());
            let closed = closing.is_some();
            let withdrawn = closing.is_some_and(|y| y.kind == DecisionKind::Retrait);
            let label_end = x.end_date();
            let end = match (label_end, next) {
                (Some(e), Some(nx)) => Some(e.min(nx)),
                (Some(e), None) => Some(e),
                (None, nx) => nx,
            };
            Some(LabelPeriod {
                start,
                end,
                label_end,
                next,
                closed,
                withdrawn,
                category: x.category,
                path: format!("label_decisions[{i}]"),
                decision: i,
            })
        })
        .collect()
}

/// Every dated item of `d` with its status on `today`, in date order.
pub fn timeline(d: &Dossier, rules: &CalendarRules, today: NaiveDate) -> Timeline {
    let periods = label_periods(d);
    // A granting decision without a date, listed after every dated one: a renewal (or the
    // first label) whose date is still to fill in.
    let last_dated = d.label_decisions.iter().rposition(|x| x.date.is_some());
    let undated = d
        .label_decisions
        .iter()
        .enumerate()
        .rev()
        .find(|(i, x)| x.date.is_none() && x.kind.grants() && last_dated.is_none_or(|l| *i > l))
        .map(|(_, x)| x.category);
    let mut t = Timeline {
        label: LabelStatus::on(&periods, undated, today),
        ..Timeline::default()
    };
    let status = |date: NaiveDate, done: bool| open_status(date, done, today, rules);

    for p in &periods {
        let Some(x) = d.label_decisions.get(p.decision) else {
            continue;
        };
        let (start, end, path) = (p.start, p.end, p.path.clone());
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
        if p.closed
            && let Some(closed_on) = p.next
        {
            // Not renewed, or withdrawn, by a decision: one fact, no deadline left.
            t.items.push(TimelineItem {
                date: closed_on,
                end: None,
                kind: ItemKind::LabelEnd,
                title: if p.withdrawn {
                    ItemTitle::LabelWithdrawn(x.category)
                } else {
                    ItemTitle::LabelExpired(x.category)
                },
                status: if closed_on <= today {
                    ItemStatus::Done
                } else {
                    ItemStatus::Upcoming
                },
                path: Some(path),
                group: String::new(),
            });
            continue;
        }
        // Any later decision renews the label (an interruption between them is a finding of
        // its own, `label-interruption`).
        let renewed = p.next.is_some();
        if let Some(label_end) = p.label_end
            && !renewed
            && label_end < today
        {
            // Over and not renewed: one fact, not a list of deadlines overdue for ever.
            t.items.push(TimelineItem {
                date: label_end,
                end: None,
                kind: ItemKind::LabelEnd,
                title: ItemTitle::LabelExpired(x.category),
                status: ItemStatus::Overdue,
                path: Some(path),
                group: String::new(),
            });
            continue;
        }
        let regime = Regime::on(start);
        let bilan_years = match regime {
            Regime::Decret2014 => Some(rules.bilan_2014_years),
            Regime::Decret2019 => rules.bilan_2019_years,
        };
        if let Some(years) = bilan_years
            && let Some(bilan) = start.checked_add_months(Months::new(12 * years))
            && end.is_none_or(|e| bilan < e)
        {
            let done = settled(d, p, bilan, &[MilestoneKind::BilanEtape], rules);
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
        // Décret of 2014 (seed 003): « une évaluation des activités et des résultats … au
        // cours de la quatrième année de labellisation, en vue du renouvellement ».
        if regime == Regime::Decret2014
            && let Some(from) = start.checked_add_months(Months::new(36))
            && let Some(to) = start.checked_add_months(Months::new(48))
            && end.is_none_or(|e| from < e)
        {
            let done = renewed
                || d.milestones.iter().any(|m| {
                    m.kind == MilestoneKind::Evaluation
                        && m.status == MilestoneStatus::Fait
                        && match &m.decision {
                            Some(id) => {
                                Some(id) == d.label_decisions.get(p.decision).map(|x| &x.id)
                            }
                            None => m.date >= from && m.date <= to,
                        }
                });
            t.items.push(TimelineItem {
                date: from,
                end: Some(to),
                kind: ItemKind::Evaluation,
                title: ItemTitle::Evaluation,
                status: status(to, done),
                path: None,
                group: String::new(),
            });
        }
        let Some(label_end) = p.label_end else {
            continue;
        };
        // The renewal reminder is the user's setting; a typed campaign takes its place.
        if !campaign_typed(d, p, label_end)
            && let Some(due) = label_end.checked_sub_months(Months::new(rules.renewal_lead_months))
        {
            let done = renewed
                || settled(
                    d,
                    p,
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
        }
        if !renewed {
            t.items.push(TimelineItem {
                date: label_end,
                end: None,
                kind: ItemKind::LabelEnd,
                title: ItemTitle::LabelEnd(x.category),
                status: status(label_end, false),
                path: Some(path),
                group: String::new(),
            });
            reminders(&mut t, label_end, Deadline::LabelEnd, false, rules, today);
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
    t.periods = periods;
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

/// True when a typed milestone of one of `kinds`, marked done, settles the deadline `due` of
/// the period `p`: it names that period's decision, or, naming none, lies inside the period
/// and within the match window of `due`.
fn settled(
    d: &Dossier,
    p: &LabelPeriod,
    due: NaiveDate,
    kinds: &[MilestoneKind],
    rules: &CalendarRules,
) -> bool {
    let decision = d.label_decisions.get(p.decision).map(|x| &x.id);
    d.milestones.iter().any(|m| {
        kinds.contains(&m.kind)
            && m.status == MilestoneStatus::Fait
            && match &m.decision {
                Some(id) => Some(id) == decision,
                None => {
                    m.date >= p.start
                        && p.end.is_none_or(|e| m.date <= e)
                        && (m.date - due).num_days().abs() <= rules.match_window_days
                }
            }
    })
}

/// True when the referent typed a labelling campaign (the national letter, the regional
/// deadline) for the renewal of the period `p`: it replaces the reminder the rules derive.
fn campaign_typed(d: &Dossier, p: &LabelPeriod, label_end: NaiveDate) -> bool {
    let decision = d.label_decisions.get(p.decision).map(|x| &x.id);
    d.milestones.iter().any(|m| {
        matches!(
            m.kind,
            MilestoneKind::AppelAProjets | MilestoneKind::DepotDossier
        ) && m.status != MilestoneStatus::Annule
            && match &m.decision {
                Some(id) => Some(id) == decision,
                None => m.date >= p.start && m.date <= label_end,
            }
    })
}

/// Reminders ahead of the deadline `date`, those still to come.
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
        // A reminder is a look ahead: once its day has passed, the deadline speaks for itself.
        if at < today {
            continue;
        }
        t.items.push(TimelineItem {
            date: at,
            end: None,
            kind: ItemKind::Reminder,
            title: ItemTitle::Reminder(what, days),
            status: open_status(at, false, today, rules),
            path: None,
            group: String::new(),
        });
    }
}
