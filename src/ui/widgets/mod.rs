//! Reusable widgets: the French date field, labelled form rows, the generic table.

pub mod date_field;
pub mod form;
pub mod table;
pub mod timeline;
