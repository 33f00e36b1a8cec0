//! CMQ Dossiers: the dossiers of the *Campus des métiers et des qualifications* of a region,
//! kept offline by the référent académique.
//!
//! Layers, top to bottom (arrows only point down):
//! - [`ui`] and [`cli`]: the faces;
//! - [`export`] and [`import`]: tables and documents out of a dossier, spreadsheets into it;
//! - [`i18n`]: every word, one catalogue per language; the layers below return codes with typed
//!   arguments, and the faces render them here;
//! - [`session`]: the open dossier, its edits, undo and saving (no egui);
//! - [`store`] (files) and [`rules`] (validation, calendar, readiness);
//! - [`model`]: plain data.
//!
//! See `ARCHITECTURE.md` for the map and the invariants.

pub mod cli;
pub mod export;
pub mod i18n;
pub mod import;
pub mod merge;
pub mod model;
pub mod rules;
pub mod session;
pub mod store;
pub mod ui;
