//! The integration tests: one crate — eframe, wgpu and typst are linked once, not once per file
//! — with one module per area and the helpers they share in `common` and `testdata`.
//!
//! `cargo test` runs them all; `cargo test --test it crash::` runs one module.

mod common;
mod testdata;

mod calendar;
mod cli;
mod crash;
mod erasmus;
mod export;
mod gui;
mod identifiers;
mod import;
mod malformed;
mod merge;
mod merge_cli;
mod pdf;
mod readiness;
mod references;
mod rules;
mod session;
mod store;
