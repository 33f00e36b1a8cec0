//! Erasmus+ identifiers as the programme writes them (`shared/domain.md` §5.5): project numbers
//! of 2014–2020 and of 2021–2027, organisation ids (OID), and the Beneficiary Module's words
//! for a participant's category and means of transport.

use super::mobility::{ParticipantKind, Transport};

/// A project number read: `2022-1-FR01-KA220-VET-000086243` (2021–2027) or
/// `2017-1-FR01-KA202-037441` (2014–2020).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectNumber {
    /// The call year.
    pub call_year: u16,
    /// The round of the call (1 to 3).
    pub round: u8,
    /// The national agency (`FR01`: the French agency for education and training).
    pub agency: String,
    /// The key action (`KA121`, `KA122`, `KA220`…).
    pub action: String,
    /// The field (`VET`, `SCH`…), for 2021–2027 numbers.
    pub field: Option<String>,
    /// The serial number.
    pub serial: String,
}

/// Fields of 2021–2027 project numbers.
const FIELDS: [&str; 6] = ["VET", "SCH", "ADU", "HED", "YOU", "SPO"];

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a project number; `None` when it is in neither format.
pub fn project_number(text: &str) -> Option<ProjectNumber> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let (year, round, agency, action) = match parts.as_slice() {
        [year, round, agency, action, ..] => (*year, *round, *agency, *action),
        _ => return None,
    };
    if !digits(year, 4) || !digits(round, 1) {
        return None;
    }
    let call_year: u16 = year.parse().ok()?;
    let round: u8 = round.parse().ok()?;
    // Byte positions are letters only in ASCII text (« FÉ01 » must not be cut inside a letter).
    let agency_ok = agency.is_ascii()
        && agency.len() == 4
        && agency[..2].bytes().all(|b| b.is_ascii_uppercase())
        && digits(&agency[2..], 2);
    let action_ok = action.is_ascii()
        && action.len() == 5
        && action.starts_with("KA")
        && digits(&action[2..], 3);
    if !(1..=3).contains(&round) || !agency_ok || !action_ok {
        return None;
    }
    let (field, serial) = match parts.as_slice() {
        [_, _, _, _, field, serial]
            if (2021..=2099).contains(&call_year)
                && FIELDS.contains(field)
                && digits(serial, 9) =>
        {
            (Some((*field).to_owned()), *serial)
        }
        [_, _, _, _, serial] if (2014..=2020).contains(&call_year) && digits(serial, 6) => {
            (None, *serial)
        }
        _ => return None,
    };
    Some(ProjectNumber {
        call_year,
        round,
        agency: agency.to_owned(),
        action: action.to_owned(),
        field,
        serial: serial.to_owned(),
    })
}

/// True for an organisation id: `E` and 8 digits (`E10012345`).
pub fn is_oid(text: &str) -> bool {
    text.strip_prefix('E').is_some_and(|rest| digits(rest, 8))
}

/// The participant category, in the BM's words.
pub fn bm_category(p: ParticipantKind) -> &'static str {
    match p {
        ParticipantKind::Apprenants => "Learner",
        ParticipantKind::Personnels => "Staff",
        ParticipantKind::Accompagnateurs => "Accompanying person",
        ParticipantKind::Experts => "Invited expert",
        ParticipantKind::EnseignantsAccueillis => "Hosted teacher or educator in training",
    }
}

/// The main means of transport, in the BM's words.
pub fn bm_transport(t: Transport) -> &'static str {
    match t {
        Transport::NonRenseigne => "",
        Transport::Train => "Train",
        Transport::Bus => "Bus/Coach",
        Transport::Covoiturage => "Car-sharing",
        Transport::Velo => "Bicycle",
        Transport::AutreDurable => "Other sustainable transportation",
        Transport::Avion => "Plane",
        Transport::Voiture => "Car",
        Transport::Bateau => "Ferry/Boat",
        Transport::AutreNonDurable => "Other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_formats_read_and_their_parts_come_out() {
        let new = project_number("2022-1-FR01-KA220-VET-000086243");
        assert_eq!(
            new.map(|p| (p.call_year, p.agency, p.action, p.field)),
            Some((
                2022,
                "FR01".to_owned(),
                "KA220".to_owned(),
                Some("VET".to_owned())
            ))
        );
        let old = project_number("2017-1-FR01-KA202-037441");
        assert_eq!(
            old.map(|p| (p.call_year, p.action, p.field)),
            Some((2017, "KA202".to_owned(), None))
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "garbage-ref",
            "",
            "2022-1-FR01-KA121-VET-00008624",
            "2022-4-FR01-KA121-VET-000086243",
            "2022-1-fr01-KA121-VET-000086243",
            "2022-1-FR01-KA121-XXX-000086243",
            "2017-1-FR01-KA202-VET-000086243",
            "2022-1-FR01-KA202-037441",
            "2022-1-FR01-KB121-VET-000086243",
            "2022-1-FÉ0-KA121-VET-000086243",
            "2022-1-FR01-KÀ21-VET-000086243",
        ] {
            assert_eq!(project_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_oid_is_e_and_eight_digits() {
        assert!(is_oid("E10012345"));
        for bad in [
            "",
            "E1001234",
            "e10012345",
            "E100123456",
            "F10012345",
            "E1001234X",
        ] {
            assert!(!is_oid(bad), "{bad}");
        }
    }
}
