//! French establishment identifiers: UAI and SIRET, as validated newtypes.
//!
//! A form or a file may hold text that is not a valid identifier yet (a user is typing, a file
//! has a typo). [`Checked`] keeps that text exactly as entered, so nothing is lost, while
//! validation reports it. A [`Uai`] or [`Siret`] value, once built, is always valid.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The 23 check letters of a UAI: the alphabet without I, O and Q.
const UAI_LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPRSTUVWXYZ";

/// A valid UAI (Unité administrative immatriculée): 7 digits then the mod-23 check letter.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uai(String);

/// Why a text is not a UAI.
/// The window and the command line word it (`crate::i18n`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UaiError {
    /// Not 8 characters long.
    Length(String, usize),
    /// One of the first seven characters is not a digit.
    NotDigits(String),
    /// The check letter does not match the digits.
    CheckLetter {
        /// The UAI as typed.
        text: String,
        /// The letter the seven digits call for.
        expected: char,
    },
}

impl Uai {
    /// Parses a UAI, accepting lower case and surrounding spaces.
    pub fn parse(text: &str) -> Result<Self, UaiError> {
        let normal = text.trim().to_uppercase();
        let chars: Vec<char> = normal.chars().collect();
        if chars.len() != 8 {
            return Err(UaiError::Length(text.trim().to_owned(), chars.len()));
        }
        let (digits, letter) = chars.split_at(7);
        let mut number: u32 = 0;
        for c in digits {
            let Some(d) = c.to_digit(10) else {
                return Err(UaiError::NotDigits(normal));
            };
            number = number * 10 + d;
        }
        let expected = char::from(UAI_LETTERS[(number % 23) as usize]);
        if letter != [expected] {
            return Err(UaiError::CheckLetter {
                text: normal,
                expected,
            });
        }
        Ok(Self(normal))
    }

    /// The UAI as 8 upper-case characters.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A valid SIRET: 14 digits passing the Luhn check (or La Poste's digit-sum rule).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Siret(String);

/// Why a text is not a SIRET.
/// The window and the command line word it (`crate::i18n`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiretError {
    /// Not 14 digits long.
    Length(String, usize),
    /// A character other than a digit (spaces are allowed and ignored).
    NotDigits(String),
    /// The Luhn check fails.
    Checksum(String),
}

/// La Poste's SIREN, whose establishments follow a digit-sum rule instead of Luhn.
const LA_POSTE_SIREN: &str = "356000000";

impl Siret {
    /// Parses a SIRET, ignoring spaces (`123 456 789 00012` is accepted).
    pub fn parse(text: &str) -> Result<Self, SiretError> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if !compact.chars().all(|c| c.is_ascii_digit()) {
            return Err(SiretError::NotDigits(text.trim().to_owned()));
        }
        if compact.len() != 14 {
            return Err(SiretError::Length(compact.clone(), compact.len()));
        }
        let digits: Vec<u32> = compact.bytes().map(|b| u32::from(b - b'0')).collect();
        let valid = if luhn(&digits) {
            true
        } else {
            compact.starts_with(LA_POSTE_SIREN) && digits.iter().sum::<u32>().is_multiple_of(5)
        };
        if valid {
            Ok(Self(compact))
        } else {
            Err(SiretError::Checksum(compact))
        }
    }

    /// The 14 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The Luhn (mod 10) check over decimal digits.
fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

impl fmt::Display for Uai {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Siret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Uai {
    type Err = UaiError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl FromStr for Siret {
    type Err = SiretError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// An identifier field as entered: empty, a valid identifier, or text that is not one (yet).
///
/// In a file it is always a plain string (`""` when empty), so scripts can read it as text.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Checked<T> {
    /// Nothing entered.
    #[default]
    Empty,
    /// A valid identifier.
    Valid(T),
    /// Text that does not parse, kept verbatim so that saving never loses it.
    Invalid(String),
}

impl<T: FromStr + fmt::Display> Checked<T> {
    /// Interprets text as entered by a user or read from a file.
    pub fn from_text(text: &str) -> Self {
        if text.trim().is_empty() {
            Self::Empty
        } else {
            match T::from_str(text) {
                Ok(v) => Self::Valid(v),
                Err(_) => Self::Invalid(text.to_owned()),
            }
        }
    }

    /// The text to show or save.
    pub fn text(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Valid(v) => v.to_string(),
            Self::Invalid(s) => s.clone(),
        }
    }

    /// The valid identifier, if any.
    pub fn valid(&self) -> Option<&T> {
        match self {
            Self::Valid(v) => Some(v),
            _ => None,
        }
    }

    /// Why the entered text is not valid, if it is not.
    pub fn error(&self) -> Option<T::Err> {
        match self {
            Self::Invalid(s) => T::from_str(s).err(),
            _ => None,
        }
    }

    /// True when nothing was entered.
    pub fn is_empty(&self) -> bool {
        matches!(self, Self::Empty)
    }
}

impl<T: FromStr + fmt::Display> Serialize for Checked<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}

impl<'de, T: FromStr + fmt::Display> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Self::from_text(&text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uai_check_letter() {
        assert!(Uai::parse("0010001W").is_ok());
        assert!(Uai::parse("0750654d").is_ok());
        assert_eq!(
            Uai::parse("0010001X"),
            Err(UaiError::CheckLetter {
                text: "0010001X".into(),
                expected: 'W'
            })
        );
        assert!(matches!(Uai::parse("001001W"), Err(UaiError::Length(..))));
        assert!(matches!(
            Uai::parse("00A0001W"),
            Err(UaiError::NotDigits(_))
        ));
    }

    #[test]
    fn siret_luhn_and_la_poste() {
        assert!(Siret::parse("21350016800025").is_ok());
        assert!(Siret::parse("213 500 168 00025").is_ok());
        assert!(Siret::parse("21350016800026").is_err());
        assert!(Siret::parse("35600000000048").is_ok());
        // La Poste establishment failing Luhn but with a digit sum multiple of 5.
        assert!(Siret::parse("35600000010866").is_ok());
    }

    #[test]
    fn checked_keeps_invalid_text() {
        let c: Checked<Uai> = Checked::from_text("0010001X");
        assert_eq!(c.text(), "0010001X");
        assert!(c.error().is_some());
        let e: Checked<Uai> = Checked::from_text("  ");
        assert!(e.is_empty());
    }
}
