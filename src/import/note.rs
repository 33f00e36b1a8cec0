//! What converting a row found, as codes with their values. The window and the command line
//! word them in their language with [`Note::text`], from the catalogue's templates.

use chrono::NaiveDate;

use super::fields::Field;
use super::value::ValueError;
use crate::i18n::{Strings, fill};
use crate::model::action::ActionStatus;
use crate::model::identifiers::{SiretError, UaiError};
use crate::model::mobility::ActivityType;
use crate::model::partner::PartnerKind;

/// A problem (it rejects the row) or a remark (it does not) about one source row.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// A required field that no column of the file fills.
    NoColumn(&'static Field),
    /// A required field whose cell is empty.
    Empty(&'static Field),
    /// A cell that does not read as its field needs.
    Value(&'static Field, ValueError),
    /// A yearly value that does not read as a number.
    YearValue(i32, ValueError),
    /// A UAI that is not one.
    Uai(UaiError),
    /// A SIRET that is not one.
    Siret(SiretError),
    /// A country that is neither a code nor a known name.
    UnknownCountry(String),
    /// A partner type with no equivalent: the one chosen instead.
    UnknownKind(String, PartnerKind),
    /// A primary school or a collège (the type as written): kept apart from higher education
    /// and left out unless the user keeps it.
    BelowLycee(String),
    /// A lead partner not found among the dossier's partners.
    UnknownLead(String),
    /// An end before the start.
    EndBeforeStart {
        /// The start.
        start: NaiveDate,
        /// The end.
        end: NaiveDate,
    },
    /// An action status not recognised: the one chosen instead.
    UnknownStatus(String, ActionStatus),
    /// A negative budget amount, as written.
    NegativeBudget(String),
    /// A project reference that is not an Erasmus+ project number, as written (the row is
    /// rejected).
    ProjectReference(String),
    /// A number of funded travel days that is not a whole number of days, as written.
    NotTravelDays(String),
    /// An itinerary or certification sub-row of a Beneficiary Module file (its `Data type`):
    /// not a participant.
    BmSubRow(String),
    /// A means of transport not recognised (left « not given »).
    UnknownTransport(String),
    /// A public not recognised (learners chosen).
    UnknownPublic(String),
    /// An activity not recognised (`Some`) or not given (`None`): the one the duration gives.
    UnknownActivity(Option<String>, ActivityType),
    /// A direction not recognised (outgoing chosen).
    UnknownDirection(String),
    /// A number of participants that is not one, as written.
    NotAPersonCount(String),
    /// An indicator source not recognised (typed by the referent chosen).
    UnknownSource(String),
    /// A région académique or vice-rectorat that is neither a code nor a known name.
    UnknownRegion(String),
    /// A filière that is neither a slug nor a known name.
    UnknownFiliere(String),
    /// A label category not recognised.
    UnknownCategory(String),
    /// A decision kind not recognised.
    UnknownDecisionKind(String),
    /// A label duration that is not a whole number of years, as written.
    NotADuration(String),
    /// An Erasmus+ organisation id that is not `E` and 8 digits, as written.
    Oid(String),
}

impl Note {
    /// The note in the language of `s`.
    pub fn text(&self, s: &Strings) -> String {
        let t = &s.import;
        let field = |f: &Field| if s.english { f.label_en } else { f.label_fr };
        match self {
            Self::NoColumn(f) => fill(t.note_no_column, &[("field", field(f))]),
            Self::Empty(f) => fill(t.note_empty, &[("field", field(f))]),
            Self::Value(f, e) => fill(
                t.note_value,
                &[("field", field(f)), ("error", &value_error(s, e))],
            ),
            Self::YearValue(year, e) => fill(
                t.note_year_value,
                &[("year", &year.to_string()), ("error", &value_error(s, e))],
            ),
            Self::Uai(e) => fill(t.note_uai, &[("error", &(s.uai_error)(e))]),
            Self::Siret(e) => fill(t.note_siret, &[("error", &(s.siret_error)(e))]),
            Self::UnknownCountry(text) => fill(t.note_country, &[("text", text)]),
            Self::UnknownKind(text, kind) => fill(
                t.note_kind,
                &[("text", text), ("kind", (s.partner_kind_label)(*kind))],
            ),
            Self::BelowLycee(text) => fill(t.note_below_lycee, &[("text", text)]),
            Self::UnknownLead(text) => fill(t.note_lead, &[("text", text)]),
            Self::EndBeforeStart { start, end } => fill(
                t.note_end_before_start,
                &[("start", &s.date(*start)), ("end", &s.date(*end))],
            ),
            Self::UnknownStatus(text, status) => fill(
                t.note_status,
                &[("text", text), ("status", (s.action_status_label)(*status))],
            ),
            Self::NegativeBudget(amount) => fill(t.note_negative_budget, &[("amount", amount)]),
            Self::ProjectReference(text) => fill(t.note_reference, &[("text", text)]),
            Self::NotTravelDays(text) => fill(t.note_travel_days, &[("text", text)]),
            Self::UnknownTransport(text) => fill(t.note_transport, &[("text", text)]),
            Self::BmSubRow(text) => fill(t.note_bm_sub_row, &[("text", text)]),
            Self::UnknownPublic(text) => fill(t.note_public, &[("text", text)]),
            Self::UnknownActivity(Some(text), a) => fill(
                t.note_activity,
                &[("text", text), ("activity", (s.activity_label)(*a))],
            ),
            Self::UnknownActivity(None, a) => {
                fill(t.note_no_activity, &[("activity", (s.activity_label)(*a))])
            }
            Self::UnknownDirection(text) => fill(t.note_direction, &[("text", text)]),
            Self::NotAPersonCount(text) => fill(t.note_person_count, &[("text", text)]),
            Self::UnknownSource(text) => fill(t.note_source, &[("text", text)]),
            Self::UnknownRegion(text) => fill(t.note_region, &[("text", text)]),
            Self::UnknownFiliere(text) => fill(t.note_filiere, &[("text", text)]),
            Self::UnknownCategory(text) => fill(t.note_category, &[("text", text)]),
            Self::UnknownDecisionKind(text) => fill(t.note_decision_kind, &[("text", text)]),
            Self::NotADuration(text) => fill(t.note_duration, &[("text", text)]),
            Self::Oid(text) => fill(t.note_oid, &[("text", text)]),
        }
    }
}

fn value_error(s: &Strings, e: &ValueError) -> String {
    let t = &s.import;
    match e {
        ValueError::Number(text) => fill(t.value_number, &[("text", text)]),
        ValueError::Date(text) => fill(t.value_date, &[("text", text)]),
        ValueError::Bool(text) => fill(t.value_bool, &[("text", text)]),
    }
}
