//! Rules of the domain: validation of a dossier, its calendar of deadlines, its readiness for a
//! labelling application, and the counts behind the charts.
//!
//! Rules read the model and return findings; they never change a dossier and never touch a file.

pub mod activities;
pub mod bm;
pub mod budget;
pub mod calendar;
mod finding;
pub mod gazetteer;
pub mod grant;
pub mod readiness;
pub mod stats;
pub mod validate;

pub use finding::{Finding, Issue, Severity};
pub use validate::{Findings, Touched, validate};
