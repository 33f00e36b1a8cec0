//! The texts of the import dialog and of the `import` command, and the templates of the import
//! layer's codes (`import::Note`, `MatchKey`, `ReadError`, `SourceInfo`).

use super::Plural;

/// The texts of the import dialog.
pub struct ImportTexts {
    /// Menu entry and table button.
    pub import: &'static str,
    /// Its tooltip.
    pub import_tip: &'static str,
    /// File-dialog filter name for spreadsheets.
    pub spreadsheets: &'static str,
    /// Dialog title; `{}` is the file name.
    pub title: &'static str,
    /// `{}` rows.
    pub rows: Plural,
    /// Label of the target list pick-list.
    pub into: &'static str,
    /// Column headers of the mapping grid.
    pub field: &'static str,
    /// Column headers of the mapping grid.
    pub column: &'static str,
    /// Column headers of the mapping grid.
    pub preview: &'static str,
    /// No column for this field.
    pub none: &'static str,
    /// Marks a required field.
    pub required: &'static str,
    /// Yearly value row; `{}` is the year.
    pub year_value: &'static str,
    /// Columns a loaded mapping names that the file lacks; `{}` lists them.
    pub missing_columns: &'static str,
    /// Reading the file.
    pub reading: &'static str,
    /// Checking the rows.
    pub checking: &'static str,
    /// Button: check the rows.
    pub check: &'static str,
    /// Button: save the mapping.
    pub save_mapping: &'static str,
    /// Button: load a mapping.
    pub load_mapping: &'static str,
    /// Button: back to the mapping.
    pub back: &'static str,
    /// Summary; placeholders: rows, added, updated, skipped, rejected, warned, excluded.
    pub summary: &'static str,
    /// Label of the duplicate policy.
    pub duplicates: &'static str,
    /// Duplicate policies: skip, update, add.
    pub policies: [&'static str; 3],
    /// Report columns: line, result, record, detail.
    pub report_columns: [&'static str; 4],
    /// Verdicts: new, duplicate, repeated, rejected.
    pub verdicts: [&'static str; 4],
    /// Confirm button; `{}` is the number of records written.
    pub confirm: &'static str,
    /// Done message; `{}` rows, `{}` list.
    pub done: Plural,
    /// Mapping saved; `{}` is the file.
    pub mapping_saved: &'static str,
    /// The loaded mapping is for another list; `{}` is its list.
    pub other_kind: &'static str,
    /// A required field no column fills.
    pub note_no_column: &'static str,
    /// A required field left empty.
    pub note_empty: &'static str,
    /// A cell that does not read as its field needs.
    pub note_value: &'static str,
    /// A yearly value that is not a number.
    pub note_year_value: &'static str,
    /// A UAI that is not one.
    pub note_uai: &'static str,
    /// A SIRET that is not one.
    pub note_siret: &'static str,
    /// An unknown country.
    pub note_country: &'static str,
    /// A partner type with no equivalent.
    pub note_kind: &'static str,
    /// A primary school or a collège, left out by default.
    pub note_below_lycee: &'static str,
    /// Label of the quick filters.
    pub filter_label: &'static str,
    /// Quick filter: lycées and CFA only.
    pub filter_lycees_cfa: &'static str,
    /// Quick filter: establishments with a vocational track only.
    pub filter_vocational: &'static str,
    /// Quick filter: primary schools and collèges too.
    pub filter_below_lycee: &'static str,
    /// Tooltip of a row's tick box.
    pub include_tip: &'static str,
    /// Command-line count of rows left out.
    pub cli_excluded: Plural,
    /// A lead partner not found.
    pub note_lead: &'static str,
    /// An end before the start.
    pub note_end_before_start: &'static str,
    /// An unknown action status.
    pub note_status: &'static str,
    /// A negative budget amount.
    pub note_negative_budget: &'static str,
    /// A project reference that is not an Erasmus+ project number (the row is rejected).
    pub note_reference: &'static str,
    /// Funded travel days that are not a whole number of days.
    pub note_travel_days: &'static str,
    /// A sub-row of a BM file, not a participant: `{text}` is its Data type.
    pub note_bm_sub_row: &'static str,
    /// An unknown means of transport.
    pub note_transport: &'static str,
    /// An unknown public.
    pub note_public: &'static str,
    /// An unknown activity.
    pub note_activity: &'static str,
    /// No activity given.
    pub note_no_activity: &'static str,
    /// An unknown direction.
    pub note_direction: &'static str,
    /// A number of participants that is not one.
    pub note_person_count: &'static str,
    /// An unknown indicator source.
    pub note_source: &'static str,
    /// An unknown région académique or vice-rectorat; `{text}`.
    pub note_region: &'static str,
    /// An unknown filière; `{text}`.
    pub note_filiere: &'static str,
    /// An unknown label category; `{text}`.
    pub note_category: &'static str,
    /// An unknown decision kind; `{text}`.
    pub note_decision_kind: &'static str,
    /// A label duration that is not a number of years; `{text}`.
    pub note_duration: &'static str,
    /// An Erasmus+ OID that is not one; `{text}`.
    pub note_oid: &'static str,
    /// `import campus`: a row's decision is new; `{campus}`, `{decision}`.
    pub campus_added: &'static str,
    /// `import campus`: a row's decision is already in the dossier; `{campus}`, `{decision}`.
    pub campus_already: &'static str,
    /// `import campus`: a new dossier; `{campus}`, `{decisions}`.
    pub campus_new: &'static str,
    /// `import campus`: an existing dossier completed; `{campus}`, `{file}`, `{decisions}`.
    pub campus_completed: &'static str,
    /// `import campus`: the counts; `{rows}`, `{new}`, `{completed}`, `{rejected}`.
    pub campus_counts: &'static str,
    /// `import campus`: a new dossier written; `{file}`.
    pub campus_created: &'static str,
    /// `import campus`: `{n}` decisions.
    pub decisions: Plural,
    /// `import campus`: a row's decision, by its date; `{date}`.
    pub decision_of: &'static str,
    /// `import campus`: a row's decision without a date.
    pub decision_undated: &'static str,
    /// A row of the report, by its line; `{line}`.
    pub cli_line_of: &'static str,
    /// Dashboard button: import a list of campuses.
    pub campus_list: &'static str,
    /// Its tooltip.
    pub campus_list_tip: &'static str,
    /// Title of the report.
    pub campus_list_title: &'static str,
    /// Rows left out; `{n}`.
    pub campus_list_rejected: Plural,
    /// Nothing to write.
    pub campus_list_nothing: &'static str,
    /// Nothing to write: every row was rejected.
    pub campus_list_all_rejected: &'static str,
    /// Confirm button; `{n}` campuses.
    pub campus_list_confirm: Plural,
    /// Written; `{n}` dossiers.
    pub campus_list_done: Plural,
    /// Not a number.
    pub value_number: &'static str,
    /// Not a date.
    pub value_date: &'static str,
    /// Neither yes nor no.
    pub value_bool: &'static str,
    /// A duplicate found by its UAI.
    pub by_uai: &'static str,
    /// A duplicate found by its SIRET.
    pub by_siret: &'static str,
    /// A duplicate found by its name and commune.
    pub by_name: &'static str,
    /// A duplicate found by its title.
    pub by_title: &'static str,
    /// A duplicate found by its code.
    pub by_code: &'static str,
    /// A duplicate mobility.
    pub by_mobility: &'static str,
    /// Records of the parts the file covers that no row names: `{n}`, `{records}`.
    pub only_local: Plural,
    /// Matched by the Mobility activity ID.
    pub by_activity_id: &'static str,
    /// A mapping for another list.
    pub cli_other_kind: &'static str,
    /// Columns a mapping names that the file lacks.
    pub cli_missing: &'static str,
    /// The mapping used.
    pub cli_mapping: &'static str,
    /// A rejected row.
    pub cli_rejected: &'static str,
    /// A duplicate row.
    pub cli_duplicate: &'static str,
    /// A row repeating an earlier one.
    pub cli_repeated: &'static str,
    /// A remark on a row.
    pub cli_warning: &'static str,
    /// What happens to a duplicate: skipped.
    pub fate_skip: &'static str,
    /// What happens to a duplicate: updated.
    pub fate_update: &'static str,
    /// What happens to a duplicate the row would not change.
    pub fate_unchanged: &'static str,
    /// What happens to a duplicate: added.
    pub fate_add: &'static str,
    /// The counts of an import: `{rows}`, `{added}`, `{updated}`, `{skipped}`, `{rejected}`,
    /// `{warned}` (each already counted with its noun).
    pub cli_counts: &'static str,
    /// Rows added.
    pub cli_added: Plural,
    /// Records updated.
    pub cli_updated: Plural,
    /// Rows left out.
    pub cli_skipped: Plural,
    /// Rows rejected, in the counts.
    pub cli_rejected_count: Plural,
    /// Rows rejected, in « nothing was written ».
    pub cli_rejected_rows: Plural,
    /// A dry run writes nothing.
    pub cli_dry_run: &'static str,
    /// Rows rejected and no --accept-partial.
    pub cli_partial: &'static str,
    /// Nothing to write.
    pub cli_nothing: &'static str,
    /// The dossier was written.
    pub cli_saved: &'static str,
    /// The record a duplicate row matches.
    pub duplicate_of: &'static str,
    /// The earlier line a row repeats.
    pub repeats_line: &'static str,
    /// A source file that cannot be read.
    pub read_io: &'static str,
    /// A source that is not a regular file; `{file}`.
    pub read_not_a_file: &'static str,
    /// A quoted field never closed; `{file}`, `{line}`.
    pub read_unclosed_quote: &'static str,
    /// UTF-8 and another encoding in one file; `{file}`, `{line}`, `{utf8_line}`.
    pub read_mixed_encodings: &'static str,
    /// A NUL byte; `{file}`, `{line}`.
    pub read_nul: &'static str,
    /// Too many columns; `{file}`, `{line}`, `{found}`, `{max}`.
    pub read_columns: &'static str,
    /// A cell too long; `{file}`, `{line}`, `{max}`.
    pub read_cell_long: &'static str,
    /// A workbook out of proportion with its size; `{file}`, `{what}`.
    pub read_out_of_proportion: &'static str,
    /// A part inflating beyond its limit; `{part}`, `{limit}` (MB).
    pub excess_inflates: &'static str,
    /// A sheet declaring too many cells; `{part}`, `{cells}`, `{limit}`.
    pub excess_cells: &'static str,
    /// Too many shared strings announced; `{count}`, `{limit}`.
    pub excess_strings: &'static str,
    /// A source file of an unknown format.
    pub read_format: &'static str,
    /// A source file with no row.
    pub read_empty: &'static str,
    /// A malformed CSV.
    pub read_csv: &'static str,
    /// A damaged workbook.
    pub read_workbook: &'static str,
    /// An import cancelled.
    pub cancelled: &'static str,
    /// The delimiter of a tab-separated file.
    pub source_tab: &'static str,
    /// The delimiter found; `{c}`.
    pub source_separator: &'static str,
    /// The sheet read; `{sheet}`.
    pub source_sheet: &'static str,
    /// The line of the header; `{line}`.
    pub source_header: &'static str,
}
