//! English texts.

use super::{Plural, Strings};
use crate::model::action::ActionStatus;
use crate::model::identifiers::{SiretError, UaiError};
use crate::model::indicator::IndicatorSource;
use crate::model::label::DecisionKind;
use crate::model::label::LabelCategory;
use crate::model::milestone::MilestoneKind;
use crate::model::milestone::MilestoneStatus;
use crate::model::mobility::ActivityType;
use crate::model::mobility::Direction;
use crate::model::mobility::ParticipantKind;
use crate::model::mobility::Transport;
use crate::model::partner::PartnerKind;
use crate::model::project::{KeyAction, ProjectRole};
use crate::model::sector::FormationStatus;
use crate::model::{ListKind, Referrer};
use crate::rules::Issue;
use crate::rules::calendar::ItemStatus;
use crate::rules::calendar::{Deadline, ItemTitle};
use crate::rules::readiness::Level;
use crate::rules::readiness::{
    Advice, Check, Confidence, Evidence, Names, Part, Source, SourceKind,
};
use crate::session::{EditError, SaveError};
use crate::store::{Problem, StoreErrorKind, Syntax, Within};

/// The English texts.
pub const STRINGS: Strings = Strings {
    import: super::ImportTexts {
        import: "Import…",
        import_tip: "Import rows from a spreadsheet (CSV, XLSX, ODS) or the national school directory",
        spreadsheets: "Spreadsheets",
        title: "Import “{file}”",
        rows: Plural {
            one: "{n} row",
            other: "{n} rows",
        },
        into: "Import into",
        field: "Field",
        column: "File column",
        preview: "Preview (first rows)",
        none: "— none —",
        required: "required",
        year_value: "Value {year}",
        missing_columns: "Columns missing from the file: {columns}",
        reading: "Reading the file…",
        checking: "Checking the rows…",
        check: "Check the rows",
        save_mapping: "Save the mapping…",
        load_mapping: "Load a mapping…",
        back: "Back to the mapping",
        summary: "{rows}: {added} to add, {updated} to update, {skipped} skipped, {rejected} rejected, {warned} with warnings, {excluded} left out",
        duplicates: "Duplicates (same UAI, SIRET, name, code…):",
        policies: ["Skip", "Update the existing one", "Add anyway"],
        report_columns: ["Line", "Result", "Record", "Detail"],
        verdicts: ["new", "duplicate", "repeated", "rejected"],
        confirm: "Import ({n})",
        done: Plural {
            one: "{n} row imported into {list} — Ctrl+Z undoes the import",
            other: "{n} rows imported into {list} — Ctrl+Z undoes the import",
        },
        mapping_saved: "Mapping saved: {file}",
        other_kind: "This mapping is for “{list}”: list changed.",
        note_no_column: "{field}: no column provides it",
        note_empty: "{field}: empty",
        note_value: "{field}: {error}",
        note_year_value: "Value {year}: {error}",
        note_uai: "UAI: {error}",
        note_siret: "SIRET: {error}",
        note_country: "Country: “{text}” unknown (give the two-letter ISO code: DE, ES…)",
        note_kind: "type “{text}” has no equivalent: “{kind}” chosen, to check",
        note_below_lycee: "type “{text}”: a primary school or collège, filed as “Primary or lower-secondary school” (not higher education); left out unless you tick the row",
        filter_label: "Keep:",
        filter_lycees_cfa: "lycées and CFA only",
        filter_vocational: "establishments with a vocational track only",
        filter_below_lycee: "primary schools and collèges too",
        include_tip: "Tick to import this row",
        cli_excluded: Plural {
            one: "{n} left out",
            other: "{n} left out",
        },
        note_lead: "lead “{text}” not found among the dossier’s partners: left empty",
        note_end_before_start: "End: {end} is before the start ({start})",
        note_status: "status “{text}” unknown: “{status}” chosen",
        note_negative_budget: "Budget: negative amount ({amount})",
        note_reference: "“{text}” is not an Erasmus+ project number (2022-1-FR01-KA121-VET-000123456): row rejected",
        note_travel_days: "Funded travel days: “{text}” is not a whole number of days",
        note_bm_sub_row: "Beneficiary Module “{text}” row (itinerary or certification): not a participant, not imported",
        note_transport: "means of transport “{text}” unknown: left not given",
        note_public: "public “{text}” unknown: learners chosen",
        note_activity: "activity “{text}” unknown: “{activity}” chosen from the duration",
        note_no_activity: "no activity given: “{activity}” chosen from the duration",
        note_direction: "direction “{text}” unknown: outgoing chosen",
        note_person_count: "Participants: “{text}” is not a number of people (1 to 999)",
        note_source: "source “{text}” unknown: “Typed in” chosen",
        note_region: "academic region or vice-rectorate “{text}” unknown (name or INSEE code)",
        note_filiere: "sector “{text}” unknown (one of the 12 national filières)",
        note_category: "category “{text}” unknown (CMQ, excellence, to be confirmed)",
        note_decision_kind: "decision “{text}” unknown (creation, renewal, upgrade to “excellence”…)",
        note_duration: "duration “{text}”: a whole number of years is expected",
        note_oid: "OID “{text}” is not one: E and 8 digits (E10012345)",
        campus_added: "{campus}: {decision} to add",
        campus_already: "{campus}: {decision} already in the dossier",
        campus_new: "new dossier “{campus}”: {decisions}",
        campus_completed: "“{campus}” ({file}): {decisions} to add",
        campus_counts: "{rows}: {new} dossier(s) to create, {completed} to complete, {rejected} rejected",
        campus_created: "{file}: created",
        decision_of: "decision of {date}",
        decision_undated: "undated decision",
        cli_line_of: "line {line}:",
        campus_list: "⬆ Import a list of campuses…",
        campus_list_tip: "A table (CSV, XLSX, ODS): campus name, academic region or vice-rectorate, sector, and per row one decision (date of the arrêté, category, duration, kind, reference). One dossier per campus; a campus already there gets the new decisions.",
        campus_list_title: "List of campuses",
        campus_list_rejected: Plural {
            one: "{n} rejected row will be left out.",
            other: "{n} rejected rows will be left out.",
        },
        campus_list_nothing: "Nothing to add: every decision is already in its dossier.",
        campus_list_all_rejected: "Nothing to write: every row is rejected (see why above).",
        campus_list_confirm: Plural {
            one: "Create or complete {n} dossier",
            other: "Create or complete {n} dossiers",
        },
        campus_list_done: Plural {
            one: "{n} dossier created or completed",
            other: "{n} dossiers created or completed",
        },
        decisions: Plural {
            one: "{n} decision",
            other: "{n} decisions",
        },
        value_number: "“{text}” is not a number",
        value_date: "“{text}” is not a date (06/02/2020 or 2020-02-06 expected)",
        value_bool: "“{text}” is neither yes nor no",
        by_uai: "UAI",
        by_siret: "SIRET",
        by_name: "name and commune",
        by_title: "title",
        by_code: "code",
        by_mobility: "project, dates, country and host",
        only_local: Plural {
            one: "{n} participant of these projects is only in the dossier (the file does not name it; it is kept): {records}",
            other: "{n} participants of these projects are only in the dossier (the file does not name them; they are kept): {records}",
        },
        by_activity_id: "Mobility activity ID",
        cli_other_kind: "{file}: this mapping is for “{found}”, not “{wanted}”",
        cli_missing: "{file}: column(s) named by the mapping missing from the file: {columns}",
        cli_mapping: "mapping: {parts}",
        cli_rejected: "{src}:{line}: rejected: {errors}",
        cli_duplicate: "{src}:{line}: “{record}” duplicates “{existing}” ({by}): {fate}",
        cli_repeated: "{src}:{line}: “{record}” repeats line {earlier} ({by}): skipped",
        cli_warning: "{src}:{line}: warning: {warning}",
        fate_skip: "skipped",
        fate_update: "existing record updated",
        fate_unchanged: "identical, nothing to change",
        fate_add: "added anyway",
        cli_counts: "{rows}: {added}, {updated}, {skipped}, {rejected}, {warned} with warnings, {excluded}",
        cli_added: Plural {
            one: "{n} added",
            other: "{n} added",
        },
        cli_updated: Plural {
            one: "{n} updated",
            other: "{n} updated",
        },
        cli_skipped: Plural {
            one: "{n} skipped",
            other: "{n} skipped",
        },
        cli_rejected_count: Plural {
            one: "{n} rejected",
            other: "{n} rejected",
        },
        cli_rejected_rows: Plural {
            one: "{n} row rejected",
            other: "{n} rows rejected",
        },
        cli_dry_run: "dry run (--dry-run): nothing was written",
        cli_partial: "nothing was written: {rejected}; correct the source, or add --accept-partial to import the others",
        cli_nothing: "nothing to write: {file} unchanged",
        cli_saved: "{file}: saved",
        duplicate_of: "“{record}” ({by})",
        repeats_line: "line {line} ({by})",
        read_io: "{file}: cannot read it ({reason})",
        read_not_a_file: "{file}: not a regular file (a pipe, a device): not read",
        read_unclosed_quote: "{file}:{line}: a quote opened on this line is never closed: the lines after it would merge into this cell; correct the file",
        read_mixed_encodings: "{file}:{line}: this line is not UTF-8 while line {utf8_line} is: mixed encodings, no reading is faithful; save the file as UTF-8",
        read_nul: "{file}:{line}: NUL byte: a UTF-16 file without its byte-order mark, or not a text file; save it as UTF-8",
        read_columns: "{file}:{line}: {found} columns, beyond the {max} an import accepts",
        read_cell_long: "{file}:{line}: a cell of more than {max} characters, longer than any field of a dossier",
        read_out_of_proportion: "{file}: refused unread, out of proportion with its size: {what}",
        excess_inflates: "the part {part} inflates beyond {limit} MB",
        excess_cells: "the sheet {part} declares {cells} cells (at most {limit} for a file of this size)",
        excess_strings: "{count} strings announced (at most {limit} for a file of this size)",
        read_format: "{file}: unknown format (.csv, .txt, .xlsx, .xls or .ods expected)",
        read_empty: "{file}: the file holds no row",
        read_csv: "{file}:{line}: unreadable CSV ({reason})",
        read_workbook: "{file}: unreadable workbook ({reason})",
        cancelled: "import cancelled",
        source_tab: "tab-separated",
        source_separator: "separator “{c}”",
        source_sheet: "sheet “{sheet}”",
        source_header: "header line {line}",
    },
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    weekdays: ["M", "T", "W", "T", "F", "S", "S"],
    english: true,
    prev_month: "Previous month",
    prev_year: "Previous year",
    next_year: "Next year",
    open_calendar: "Pick in the calendar",
    next_month: "Next month",
    first_day: "",

    menu_file: "File",
    menu_edit: "Edit",
    menu_view: "View",
    menu_help: "Help",

    cmd_new: "New dossier…",
    cmd_new_tip: "Create the dossier of a new campus in the workspace",
    cmd_open: "Open workspace…",
    cmd_open_tip: "Choose the folder holding the campuses' .ron files",
    cmd_save: "Save",
    cmd_save_tip: "Save the open dossier (the previous version is kept as .bak)",
    cmd_quit: "Quit",
    cmd_quit_tip: "Close CMQ Dossiers",
    cmd_undo: "Undo",
    cmd_undo_tip: "Undo the last change",
    cmd_redo: "Redo",
    cmd_redo_tip: "Redo the undone change",
    cmd_find: "Filter the list",
    cmd_find_tip: "Put the cursor in the filter of the table shown",
    cmd_checks: "Checks",
    cmd_checks_tip: "Show or hide the list of errors and warnings",
    cmd_theme_system: "System theme",
    cmd_theme_light: "Light theme",
    cmd_theme_dark: "Dark theme",
    cmd_theme_tip: "Window colours",
    cmd_lang_tip: "Interface language",
    cmd_about: "About",
    cmd_about_tip: "Version and information",

    identity_title: "Identity & label",
    list_title,
    referrer,
    readiness_scores: "criteria met: CMQ {cmq}/{cmq_max} · “excellence” {exc}/{exc_max}",
    criteria_version: "CMQ Dossiers grid no. {n}: the law (Code de l'éducation, art. D335-33), the national cahier des charges from its published summaries (its annex, arrêté of 26 September 2019, was not read), the “excellence” requirements and practice. Each criterion cites its source; this is not the jury's grid.",
    criterion_title,
    part_label: part,
    source_text: criterion_source,
    evidence,
    advice,
    item_title,
    export_cancelled: "export cancelled: no file written",
    export_xlsx_failed: "cannot export XLSX: {reason}",
    export_pdf_failed: "cannot make the PDF: {reason}",
    pdf_too_many_rows: "cannot make the PDF: it would have {rows} table rows, more than the {limit} a PDF can hold; choose fewer sections (the partners, say) or export these lists as a table (CSV, XLSX)",
    pdf_too_much_text: "cannot make the PDF: it would have {chars} characters of text, more than the {limit} a PDF can hold; shorten the longest texts (the checks point them out) or choose fewer sections",
    store_error,
    save_error,
    open_anyway: "Open anyway",
    label_period: "Label period",
    by_its_date: "From its date",
    published_on: "Published in the JO on",
    jorf: "JORF reference",
    decision_name: "Name in the arrêté (if different)",
    internationale: "“internationale” mention",
    status_active: "{category} until {end}",
    status_active_open: "{category}, end of the label unknown",
    status_expired: "{category} label expired on {end}, not renewed",
    status_withdrawn: "{category} label withdrawn on {end}",
    status_gap: "no label since {end} (next decision on {next})",
    status_undated: "{category}, date of the arrêté to fill in",
    status_none: "not labelled yet",
    label_today: "Label today",
    open_anyway_hint: "If “{host}” no longer uses this dossier (shut down without closing CMQ Dossiers, its connection to the shared folder lost). Another computer's lock is only advisory (a synced folder may not pass it on): what protects your edits is the merge. When the other computer's version arrives, it is merged with yours, record by record, overwriting nothing; where the two contradict, you choose.",
    opened_anyway: "Opened anyway: “{host}” has it open {since}. This lock is only advisory: when its version arrives on disk, it is merged with yours, record by record; where the two contradict, you choose.",
    lock_since,
    edit_error,
    window_failed: "CMQ Dossiers could not open its window: {reason}",
    output_failed: "cannot write the output: {reason}",
    usage: "\
CMQ Dossiers — dossiers of the Campus des métiers et des qualifications

Usage:
  cmq-dossiers [--workspace FOLDER]      opens the window (last workspace, else the welcome)
  cmq-dossiers --examples                opens the window on the examples (read-only)
  cmq-dossiers FILE.ron                  opens the window on this dossier (its folder as the workspace)
  cmq-dossiers check [--json] FILE…      checks .ron dossiers
                                         (exit code: 0 no error, 1 errors, 2 unreadable file)
  cmq-dossiers check --readiness [--json] FILE…
                                         the labelling criteria checklist, with the scores
  cmq-dossiers timeline [--json] [--today YYYY-MM-DD] [--bilan-2019 YEARS] [--preavis-mois MONTHS] FILE…
                                         milestones and deadlines of each dossier, by date
  cmq-dossiers budget [--json] FILE       Erasmus+ grant estimate per participant and per project,
                                         targets planned / implemented (unit costs of the call year;
                                         your own in the workspace's baremes-erasmus/ folder)
  cmq-dossiers export FILE --format pdf [--document summary|application] [--landscape] --output PATH
                                         the dossier summary or the labelling application, as PDF
  cmq-dossiers export FILE --format csv|xlsx --table partners|actions|mobilities|mobilities-bm|indicators|milestones --output PATH
                      [--separateur ';'|','|tab] [--point-decimal] [--sans-bom]
                                         exports a table of the dossier (French CSV, or XLSX)
  cmq-dossiers export FILE --format csv|xlsx --table mobilities-bm --template BM_EXPORT.xlsx|csv
                      [--project NUMBER] --output PATH
                                         a project's participants in your own Beneficiary Module file
                                         (its header, its dates), with the rows it would refuse
  cmq-dossiers import partners|actions|mobilities|indicators SOURCE --into FILE
                      [--mapping MAPPING] [--save-mapping PATH] [--dry-run] [--accept-partial]
                      [--duplicates skip|update|add] [--only-lycees-cfa] [--only-voie-pro] [--with-schools]
                                         imports the rows of a CSV, XLSX or ODS (the establishment directory…)
                                         (exit code: 0 all imported, 1 rows rejected, 2 unreadable file)
  cmq-dossiers import campus LIST --into WORKSPACE_FOLDER [--dry-run] [--accept-partial]
                                         one dossier per campus of a list (name, academic region or
                                         vice-rectorate, sector; one decision per row); a campus already
                                         there gets the new decisions, never a double
  cmq-dossiers fmt FILE…                 rewrites dossiers in the standard layout
  cmq-dossiers merge BASE OURS THEIRS [--output PATH] [--json]
                                         merges two versions of a dossier, record by record and field
                                         by field (a git merge driver: see the README); conflicts on
                                         standard error, one per line, ours kept
                                         (exit code: 0 merged, 1 conflicts, 2 unreadable file)
  cmq-dossiers diff [--json] BEFORE AFTER
                                         what differs, record by record and field by field
  cmq-dossiers --help | --version

The language follows LC_ALL, LC_MESSAGES or LANG (English when it starts with “en”).
",
    usage_needs_value: "{option} needs a value",
    usage_needs_number: "{option} needs a whole number",
    usage_unexpected: "unexpected argument: {arg}",
    usage_unknown_option: "unknown option for {command}: {option}",
    usage_needs_files: "{command} needs at least one .ron file",
    usage_needs_file: "{command} needs a .ron file",
    usage_needs_option: "{command} needs {option}",
    usage_unknown_command: "unknown command: {command}",
    usage_unknown_format: "unknown format: {value} (pdf, csv, xlsx)",
    usage_unknown_table: "unknown table: {value}",
    usage_unknown_document: "unknown document: {value} (summary, application)",
    usage_unknown_separator: "unknown separator: {value} (“;”, “,” or “tab”)",
    usage_needs_list: "import needs partners, actions, mobilities or indicators",
    usage_unknown_list: "import: unknown list “{value}” (partners, actions, mobilities, indicators)",
    usage_needs_source: "import needs the source file (CSV, XLSX, ODS)",
    usage_unknown_duplicates: "--duplicates {value}: skip, update or add",
    usage_bad_date: "--today {value}: a date as YYYY-MM-DD expected",
    issue,
    uai_error,
    siret_error,
    timeline_title: "Calendar",
    application_title: "Application",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_fit: "Fit all",
    zoom_hint: "Drag to pan · Ctrl + wheel to zoom",
    reminder: "Reminder",
    today: "Today",
    open_record: "Open the record",
    label_row: "Label",
    milestones_row: "Milestones and deadlines",
    unknown_end: "end unknown",
    dashboard: "Dashboard",
    campuses: "Campuses",
    excellence_count: "“excellence”",
    ending_12_months: "labels ending within 12 months",
    unlabelled_count: "without a current label",
    overdue_count: "overdue deadlines",
    next_deadlines: "Next deadlines",
    campus_timelines: "Labels over time",
    mobility_per_year: "Erasmus+ mobility per year (participants)",
    mobility_per_country: "Outgoing mobility per country (participants)",
    indicators_vs_target: "Indicators: yearly values and target",
    learners: "Learners",
    staff: "Staff",
    no_deadline: "No open deadline.",
    no_data: "No data yet.",
    item_status_label: item_status,
    readiness_title: "Labelling criteria",
    score_cmq: "CMQ criteria met",
    score_excellence: "“excellence” criteria met",
    to_do: "To do",
    application_texts: "Application texts",
    readiness_level_label: readiness_level,
    application_parts: [
        "I. Opportunity, stakes for the territory",
        "II. Training offer",
        "III. Partnerships (companies, research)",
        "IV. Teaching project",
        "V. Steering and organisation",
        "VI. International openness",
        "VII. Action plan and indicators",
    ],
    calendar_rules: "Calendar rules",
    bilan_2019: "Mid-term review after the 2019 decree",
    renewal_lead: "Renewal reminder before the label ends (setting)",
    due_soon: "“Due soon” within",
    reminders: "Reminders (days before)",
    years_suffix: " years",
    months_suffix: " months",
    days_suffix: " days",
    export: "Export",
    export_csv_shown: "CSV — rows shown",
    export_csv_all: "CSV — whole table",
    export_xlsx_shown: "Excel — rows shown",
    export_xlsx_all: "Excel — whole table",
    exporting: "Exporting",
    exported: Plural {
        one: "Exported: {file} ({n} row)",
        other: "Exported: {file} ({n} rows)",
    },
    no_file_chosen: "No file chosen: nothing was exported.",
    cmd_print: "Print…",
    cmd_print_tip: "Lay out the dossier as PDF and open it to print",
    cmd_export_pdf: "Export as PDF…",
    cmd_export_pdf_tip: "Save the summary or the application as PDF",
    pdf_summary: "Dossier summary",
    pdf_application: "Labelling application",
    pdf_landscape: "Landscape pages",
    print: "Print",
    export_ellipsis: "Export…",
    printed: "Opened for printing: {file}",
    pdf_sections: [
        "Identity and label",
        "Partners",
        "Sectors and courses",
        "Action plan",
        "Erasmus+ mobility",
        "Indicators",
        "Calendar",
        "Application checklist",
    ],
    dossiers: "Dossiers",
    search_campus: "Search a campus…",
    next_milestone: "Next milestone",
    label_end: "Label ends",
    unreadable: "Unreadable file",
    no_workspace: "No workspace: File › Open workspace…",
    no_dossier: "Pick a dossier in the list on the left, or create one (Ctrl+N).",
    unsaved_marker_tip: "Unsaved changes",
    recovery_marker_tip: "Unsaved changes were recovered",

    saved: "Saved",
    unsaved: "Unsaved changes",
    saving: "Saving…",
    opening: "Opening {file}…",
    read_only: "Read-only",
    errors: Plural {
        one: "{n} error",
        other: "{n} errors",
    },
    warnings: Plural {
        one: "{n} warning",
        other: "{n} warnings",
    },
    checks_row: "row",
    checks_title: "Checks",
    checks_none: "No error or warning.",

    filter: "Filter",
    add: "Add",
    duplicate: "Duplicate",
    delete: "Delete",
    columns: "Columns",
    select_row: "Select a row to edit it.",

    yes: "Yes",
    no: "No",
    none: "(none)",
    set_date: "Set",
    clear: "Clear",
    save: "Save",
    dont_save: "Don't save",
    cancel: "Cancel",
    ok: "OK",
    create: "Create",
    unsaved_title: "Unsaved changes",
    unsaved_body: "Save the changes to “{campus}”?",
    disk_title: "File changed on disk",
    disk_body: "The file of “{campus}” was changed by another program since it was opened. Overwriting it would lose those changes.",
    disk_reload: "Reload from disk",
    disk_overwrite: "Overwrite",
    recovery_title: "Recovered changes",
    recovery_body: "Unsaved changes to “{campus}” were found (the app may have stopped abruptly). Restore them?",
    recovery_restore: "Restore",
    recovery_ignore: "Ignore",
    new_title: "New dossier",
    delete_title: "Delete “{record}”?",
    delete_refs: "These refer to it; they will be cleared:",
    delete_anyway: "Delete and clear the references",
    pick_cancelled: "No folder chosen.",
    chooser_folder: "Choose a folder",
    chooser_open: "Choose a file to read",
    chooser_save: "Save as",
    chooser_why: "The system showed no file chooser (no desktop portal, no zenity): choose here.",
    chooser_path: "Path",
    chooser_up: "⬆ Parent folder",
    chooser_choose: "Choose",
    chooser_empty: "Nothing to choose in this folder.",
    chooser_unreadable: "This folder cannot be read.",
    chooser_no_folder: "This folder does not exist.",
    chooser_no_file: "This file does not exist.",
    chooser_no_parent: "The folder to save into does not exist.",
    chooser_replaces: "This file already exists: it will be replaced.",
    chooser_files: "Files shown: {kinds}",
    cmd_create_workspace: "Create my workspace…",
    cmd_create_workspace_tip: "Choose the folder of this computer where your campus dossiers go",
    cmd_examples: "Look at the examples",
    cmd_examples_tip: "Six example campuses, read-only, apart from your dossiers",
    menu_dossier: "Dossier",
    cmd_rename: "Rename the file…",
    cmd_rename_tip: "Change the .ron file's name (the campus name is changed in Identity)",
    cmd_duplicate: "Duplicate",
    cmd_duplicate_tip: "Make a copy of the dossier in the workspace, and open it",
    cmd_archive: "Archive",
    cmd_archive_tip: "Move the dossier into archives/: it leaves the list and the dashboard",
    cmd_bin: "Move to the bin…",
    cmd_bin_tip: "Move the file into the workspace's corbeille/ folder (recoverable)",
    cmd_help: "Help and shortcuts",
    cmd_help_tip: "Keyboard shortcuts and a short guide",
    welcome_title: "Welcome to CMQ Dossiers",
    welcome_body: "One dossier per campus des métiers et des qualifications, kept on this computer (one .ron file per campus), with no network. To begin:",
    welcome_create: "Choose (or make) an empty folder: your campuses are saved there. « New dossier » puts them there.",
    welcome_open: "A folder that already holds .ron files (yours, or one a colleague shares).",
    welcome_examples: "Six real or fictional campuses, read-only, in a workspace of their own: nothing mixes with your dossiers.",
    examples_banner: "Read-only examples, to discover the application. Your dossiers go in your own workspace.",
    examples_read_only: "The examples are read-only: create your workspace (File › Create my workspace…).",
    rename_title: "Rename “{file}”",
    rename_label: "New file name (without .ron)",
    rename_invalid: "Empty, hidden (.) or containing / or \\",
    rename_taken: "A file of that name already exists in the workspace",
    rename_button: "Rename",
    bin_title: "Move “{campus}” to the bin?",
    bin_body: "The file goes into the workspace's corbeille/ folder; “Bin”, at the bottom of the left panel, puts it back.",
    binned: "“{campus}” moved to the bin: {path}",
    archived_msg: "“{campus}” archived: {path}",
    put_back: "Put back in the workspace: {file}",
    duplicated: "Copy made and opened: {file}",
    renamed: "File renamed: {file}",
    copy_suffix: "(copy)",
    archives: "Archives",
    put_back_button: "Put back",
    bin: "Bin",
    help_title: "Help",
    help_guide_title: "Getting started",
    help_shortcuts_title: "Keyboard shortcuts",
    help_close: "Close the help (Escape)",
    help_menus: "Open the File menu (arrows to move, Enter to choose)",
    help_section_keys: "The dossier's sections, in the left panel's order; Ctrl+0 the dashboard",
    help_guide: &[
        "A workspace is a folder of your computer; each campus is a .ron file in it. File › New dossier (Ctrl+N) makes one.",
        "The left panel lists the campuses; a click opens a dossier, its sections appear below. Right-click a campus: rename, duplicate, archive, move to the bin.",
        "Dates are typed: 10/02/2014, 10 février 2014 or 2014-02-10; the 📅 button opens a calendar (month and year).",
        "Every change is undone with Ctrl+Z; saving (Ctrl+S) is atomic and keeps the previous version as .bak; a recovery copy is written while you type.",
        "The checks (F8) say what is missing or wrong, and where: a click goes there.",
        "File › Import… reads a CSV, XLSX or ODS (the annuaire de l'éducation as it is); each row can be ticked or unticked before the import.",
        "Print (Ctrl+P) opens the summary or the labelling application as PDF; every table exports to CSV or XLSX.",
    ],
    go_to_fix: "Go where this is filled in",
    campus_rows_hint: "Drag to scroll through the years, Ctrl + wheel to zoom, double-click to see everything again",
    back_to_my_workspace: "Back to my workspace",
    exported_pdf: "PDF saved: {file}",
    no_viewer: "PDF saved: {file} — no viewer could open it ({reason}); open it from the file manager",
    viewer_missing: "no program to open PDFs (xdg-open) is installed",
    new_missing: "The name, the région académique and the filière are needed.",
    cli_changed_on_disk: "{file}: changed by another program during the import; nothing was written, run the command again",
    crashed: "{what}: stopped on an internal error ({reason}); nothing was written",
    dismiss_errors: "Hide these errors (read)",
    about_body: "CMQ Dossiers — the dossiers of the Campus des métiers et des qualifications, offline.",
    saved_message: "Saved: {file}",

    campus: "Campus",
    name: "Name",
    short_name: "Short name",
    region: "Region or vice-rectorate",
    academies: "Academies (académies)",
    filiere: "Sector",
    support: "Supporting school",
    director: "Operations director",
    president: "President",
    organisation: "Organisation",
    from_business: "From the business world",
    email: "E-mail",
    phone: "Phone",
    website: "Web site",
    lieu_de_vie: "Campus life, accommodation",
    notes: "Notes",
    label_history: "Label decisions",
    decision_kind: "Decision",
    category: "Category",
    arrete_date: "Decree date",
    reference_nor: "Reference (NOR)",
    project_number: "Project number",
    duration_years: "Duration (years)",
    note: "Note",

    kind: "Kind",
    commune: "Town",
    country: "Country",
    uai: "UAI",
    siret: "SIRET",
    oid: "Erasmus+ OID",
    role: "Role",
    convention: "Agreement signed on",
    governance: "Governance member",
    governance_short: "Governance",
    contacts: "Contacts",

    sector: "Campus sector",
    formations: "Courses",
    diploma: "Diploma",
    level: "Level",
    status: "Status",
    establishment: "Institution",

    axis: "Axis",
    title: "Title",
    description: "Description",
    lead: "Lead",
    other_partners: "Other partners",
    start: "Start",
    end: "End",
    budget: "Budget",
    funder: "Funder",
    amount: "Amount (€)",
    linked_indicators: "Linked indicators",

    project: "Erasmus+ project",
    key_action: "Key action",
    call_year: "Call year",
    activity: "Activity",
    participant: "Participants' kind",
    direction: "Direction",
    sending: "Sending organisation",
    receiving: "Receiving organisation",
    erasmus_group: "Erasmus+ country group (individual support)",
    city: "City",
    duration: "Duration",
    days: "days",
    participants: "Participants",
    green_travel: "Green travel",
    fewer_opportunities: "Fewer opportunities",
    activity_id: "Mobility activity ID",
    participant_name: "Participant (name)",
    departure_country: "Country of departure",
    departure_city: "City of departure",
    receiving_country: "Receiving country",
    receiving_city: "Receiving city",
    transport: "Main means of transport",
    funded_travel_days: "Funded travel days",
    distance_km: "Typed distance (km)",
    distance_tip: "The one-way distance the European Commission's distance calculator gives; left empty, it is measured between the two cities",
    recent_graduate: "Recent graduate (under 12 months)",
    project_role: "Campus's role",
    accreditation: "Accreditation number",
    grant_agreement: "Grant agreement number",
    grant_awarded: "Grant awarded (€)",
    targets: "Planned targets",
    add_target: "Add a target",
    accompanying: "Accompanying persons",
    no_project: "— no project —",
    converted: "Dossier of format {version} converted: {groups} group mobilities become {participants} participants, in {projects} Erasmus+ projects. The next save writes the new format (the old file is kept as .bak).",
    bm_no_project: "the template names no project of the dossier (no project number, no grant agreement number): give --project NUMBER",
    bm_mapping_error: "column mapping unreadable: {error}",
    bm_mapping_saved: "Column mapping saved in {file} (edit it to choose otherwise; the next exports use it)",
    bm_mapping_used: "Column mapping: {file}",
    bm_written: "{rows} participants of project {project} written into {file}, with the template's header ({columns} columns)",
    bm_day: "DD",
    bm_month: "MM",
    bm_year: "YYYY",
    bm_dates_typed: "date cells",
    bm_dates_found: "Dates written as in the template: {format}",
    bm_dates_default: "Dates written as {format} (the Mobility Tool+ templates' format; the template shows none)",
    bm_unknown_columns: "Template columns left empty (no field matches them): {columns}",
    bm_problems: "{n} points the Beneficiary Module would refuse on import:",
    bm_problem_line: "  line {line} ({id}): {problem}",
    bm_no_activity_id: "no Mobility activity ID (mandatory)",
    bm_duplicate_id: "the activity ID “{id}” is on another line already",
    bm_no_grant_agreement: "the project's grant agreement number is not recorded (mandatory)",
    bm_no_oid: "“{organisation}” has no valid OID among the dossier's partners",
    bm_no_transport: "no main means of transport",
    bm_no_data_type: "“Data type” column: the template shows no mobility line to take its value from; fill it as the Beneficiary Module's data dictionary says",
    total_days: "Days (in all)",
    budget_view: "Grant estimate",
    budget_no_table_window: "No unit costs for call {year}: drop that call's unit-cost file in the workspace's “{folder}” folder.",
    budget_unverified_window: "Unit costs not checked against the Programme Guide: an indicative estimate",
    budget_verified_window: "Unit costs checked against the Programme Guide",
    budget_travel: "Travel",
    budget_individual: "Individual support",
    budget_organisational: "Organisational support",
    budget_inclusion: "Inclusion support",
    budget_course_fees: "Course fees",
    budget_total: "Estimated total",
    budget_over: "Over the grant by",
    budget_under: "Left on the grant",
    budget_incomplete: Plural {
        one: "{n} participant without a complete estimate (city not found, country not in the table…): see the checks",
        other: "{n} participants without a complete estimate (city not found, country not in the table…): see the checks",
    },
    budget_targets_window: "Targets: implemented / planned",
    budget_planned: "Planned",
    budget_implemented: "Implemented",
    bm_export_button: "📤 Export to the Beneficiary Module…",
    bm_export_tip: "Choose the file exported from the project in the Beneficiary Module (XLSX or CSV): the participants are written into it with its header, and the rows it would refuse are listed",
    bm_file_suffix: "participants",
    bm_report_title: "Export to the Beneficiary Module",
    budget_header: "{campus} — Erasmus+ grant estimate",
    budget_project: "Project {reference} (call {year}): {n} participants, {total} estimated",
    budget_grant: " against {grant} awarded",
    budget_unverified: " — unit costs not checked against the Programme Guide",
    budget_no_table: " — no unit costs for call {year}: drop a table in the workspace's “{folder}” folder",
    budget_line: "  {id}  {from} → {to}  {distance}: travel {travel}, individual support {individual}, organisational support {organisational}, inclusion {inclusion}, course fees {fees} = {total}",
    budget_km: "{km} km (band {band} km)",
    budget_distance_unknown: "distance unknown ({city} not found: type the Commission calculator's distance)",
    budget_targets: "  Targets, planned / implemented:",
    budget_target_line: "    {activity}: participants {participants}, days {days}, accompanying persons {accompanying}, fewer opportunities {fewer}, green travel {green}",
    budget_table_error: "unit-cost table ignored: {error}",
    add_group: "Group:",
    add_group_like: "✚ Add {n} participants like the selected row",
    add_group_new: "✚ Add {n} participants",

    code: "Code",
    label: "Label",
    unit: "Unit",
    source: "Source",
    target: "Target",
    values: "Yearly values",
    year: "Year",
    add_value: "Add the value",
    undone: "Undone in {where} (Ctrl+Shift+Z redoes it)",
    redone: "Redone in {where}",
    value: "Value",
    last_value: "Last value",
    date: "Date",
    partner_kind_label: partner_kind,
    decision_kind_label: decision_kind,
    category_label: category,
    formation_status_label: formation_status,
    action_status_label: action_status,
    activity_label: activity,
    participant_kind_label: participant_kind,
    direction_label: direction,
    transport_label: transport,
    key_action_label: key_action,
    project_role_label: project_role,
    source_label: source,
    milestone_kind_label: milestone_kind,
    milestone_status_label: milestone_status,
    usage_merge_needs_three: "merge needs three files: BASE OURS THEIRS",
    usage_diff_needs_two: "diff needs two files: BEFORE AFTER",
    merge_not_same_campus: "{a} and {b} are not two versions of one dossier (campus “{x}” and “{y}”): nothing written",
    merge_no_base: "no common ancestor ({file} missing or empty): a two-way comparison, every difference is a conflict",
    merge_conflict_field: "conflict: {place}, field {field}: ours “{ours}”, theirs “{theirs}”, before “{base}” — kept: ours",
    merge_conflict_deleted_by_them: "conflict: {place}: deleted by them, changed by us — kept",
    merge_conflict_deleted_by_us: "conflict: {place}: deleted by us, changed by them — kept",
    merge_conflict_only_ours: "conflict: {place}: only in ours (no ancestor) — kept",
    merge_conflict_only_theirs: "conflict: {place}: only in theirs (no ancestor) — kept",
    merge_renumbered: "renumbered: {list} {old} “{title}”, added on both sides, becomes {new} (references included)",
    merge_new_error: "to check after the merge: {error}",
    merge_place_campus: "the campus's identity",
    merge_place_application: "the application",
    merge_absent: "(absent)",
    merge_empty: "(empty)",
    merge_kept_mine: "Versions combined: yours stays as it is.",
    merge_later_copy: "The conflict copy stays in the list: “Merge” will offer it again.",
    merge_no_file: "no file",
    diff_none: "no difference",
    diff_added: "+ {place} (added)",
    diff_removed: "- {place} (removed)",
    diff_changed: "~ {place}",
    diff_field: "    {field}: “{before}” → “{after}”",
    merge_in_title: "Another version of this dossier has arrived",
    merge_in_body: Plural {
        one: "“{campus}” was changed elsewhere (another machine, through the synced folder). What does not contradict is already combined; for the conflict below, choose the version to keep. Nothing is written before “Apply the merge”.",
        other: "“{campus}” was changed elsewhere (another machine, through the synced folder). What does not contradict is already combined; for each of the {n} conflicts below, choose the version to keep. Nothing is written before “Apply the merge”.",
    },
    merge_in_no_base: "The common starting version is not known on this machine: every difference is shown.",
    merge_mine: "Mine: “{value}”",
    merge_theirs: "Theirs: “{value}”",
    merge_other: "Other:",
    merge_record_kept: "record kept",
    merge_record_deleted: "record deleted",
    merge_all_mine: "Keep mine everywhere",
    merge_all_theirs: "Take theirs everywhere",
    merge_apply: "Apply the merge",
    merge_later: "Later",
    merge_later_message: "The version that arrived on disk is not merged: saving will offer it again.",
    merge_received: "Received from another machine and merged: {what} — Ctrl+Z takes it back.",
    merge_other_campus: "{file} now holds another campus (“{theirs}”): it is not merged with this one.",
    merge_reloaded: "Dossier read again: another window saved it.",
    merge_bad_value: "{place}: “{value}” does not fit this field.",
    merge_records: Plural {
        one: "{n} record",
        other: "{n} records",
    },
    copy_line: "⚠ conflict copy: {name}",
    copy_merge: "Merge",
    copy_merge_tip: "A copy the sync client left when the dossier changed on both sides: merge it into the dossier, record by record (conflicts are shown to you); it is then moved into copies-fusionnees/, never deleted.",
    copy_set_aside: "The copy {file} is merged and moved into {folder}/; save the dossier to keep the merge.",
    journal_title: "Journal",
    journal_name: "Your name in the journal:",
    journal_keep: "Keep the journal under this name",
    journal_off: "No journal is kept until you give your name: each save will then note, beside the dossier (NAME.journal, synced with it), the date, your name and one line per record changed.",
    journal_empty: "No line in this dossier's journal yet.",
    journal_damaged: "Unreadable lines of the journal: {lines} (left as they are in the file).",
    journal_when: "When",
    journal_who: "Who",
    journal_what: "Record",
    journal_fields: "Fields changed",
    journal_added: "{place} (added)",
    journal_removed: "{place} (removed)",
    journal_started: "Journal kept under “{name}”: each save is noted in it.",
};

/// The title of each list's section.
fn list_title(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Decisions => "Label decisions",
        ListKind::Partners => "Partners",
        ListKind::Sectors => "Sectors & courses",
        ListKind::Actions => "Action plan",
        ListKind::Projects => "Erasmus+ projects",
        ListKind::Mobilities => "Erasmus+ mobility (participants)",
        ListKind::Indicators => "Indicators",
        ListKind::Milestones => "Milestones",
    }
}

/// What refers to a record, in the delete question.
fn referrer(r: &Referrer) -> String {
    match r {
        Referrer::CampusSupport => "the campus's lead establishment".to_owned(),
        Referrer::ActionLead(title) => format!("the action “{title}” (lead)"),
        Referrer::ActionPartner(title) | Referrer::ActionIndicator(title) => {
            format!("the action “{title}”")
        }
        Referrer::Participant(id) => format!("the participant {id}"),
        Referrer::Formation(diploma) => format!("the course “{diploma}”"),
    }
}

fn partner_kind(v: PartnerKind) -> &'static str {
    match v {
        PartnerKind::Lycee => "Lycée (EPLE)",
        PartnerKind::LyceePro => "Vocational lycée",
        PartnerKind::Cfa => "Apprentice centre (CFA)",
        PartnerKind::Universite => "University",
        PartnerKind::Ecole => "Higher-education school",
        PartnerKind::EcoleCollege => "Primary or lower-secondary school",
        PartnerKind::Laboratoire => "Laboratory",
        PartnerKind::FormationContinue => "Adult education",
        PartnerKind::Entreprise => "Company",
        PartnerKind::Branche => "Trade body / OPCO",
        PartnerKind::PoleCompetitivite => "Competitiveness cluster",
        PartnerKind::Collectivite => "Local authority",
        PartnerKind::Etat => "State (rectorat, State services)",
        PartnerKind::Association => "Association",
        PartnerKind::Etranger => "Foreign partner",
    }
}

fn decision_kind(v: DecisionKind) -> &'static str {
    match v {
        DecisionKind::Creation => "Creation",
        DecisionKind::Renouvellement => "Renewal",
        DecisionKind::PassageExcellence => "Upgrade to “excellence”",
        DecisionKind::Relabellisation => "New labelling (name or perimeter)",
        DecisionKind::Modificatif => "Amending arrêté",
        DecisionKind::NonRenouvellement => "Not renewed",
        DecisionKind::Retrait => "Label withdrawn",
    }
}

fn category(v: LabelCategory) -> &'static str {
    match v {
        LabelCategory::Cmq => "CMQ",
        LabelCategory::Excellence => "CMQ “excellence”",
        LabelCategory::AConfirmer => "CMQ (category to be confirmed)",
    }
}

fn formation_status(v: FormationStatus) -> &'static str {
    match v {
        FormationStatus::Scolaire => "School",
        FormationStatus::Apprentissage => "Apprenticeship",
        FormationStatus::FormationContinue => "Adult education",
    }
}

fn action_status(v: ActionStatus) -> &'static str {
    match v {
        ActionStatus::Prevue => "Planned",
        ActionStatus::EnCours => "Under way",
        ActionStatus::Terminee => "Done",
        ActionStatus::Abandonnee => "Dropped",
    }
}

fn activity(v: ActivityType) -> &'static str {
    match v {
        ActivityType::JobShadowing => "Job shadowing",
        ActivityType::Enseignement => "Teaching assignment",
        ActivityType::Formation => "Courses and training",
        ActivityType::Competition => "Skills competition",
        ActivityType::MobiliteGroupe => "Group mobility",
        ActivityType::CourteDuree => "Short-term mobility",
        ActivityType::ErasmusPro => "ErasmusPro (long-term)",
        ActivityType::ExpertInvite => "Invited expert",
        ActivityType::EnseignantAccueilli => "Hosting teachers and educators in training",
        ActivityType::VisitePreparatoire => "Preparatory visit",
    }
}

fn participant_kind(v: ParticipantKind) -> &'static str {
    match v {
        ParticipantKind::Apprenants => "Learner",
        ParticipantKind::Personnels => "Staff",
        ParticipantKind::Accompagnateurs => "Accompanying person",
        ParticipantKind::Experts => "Invited expert",
        ParticipantKind::EnseignantsAccueillis => "Hosted teacher or educator",
    }
}

fn transport(v: Transport) -> &'static str {
    match v {
        Transport::NonRenseigne => "Not given",
        Transport::Train => "Train",
        Transport::Bus => "Bus or coach",
        Transport::Covoiturage => "Car-sharing",
        Transport::Velo => "Bicycle",
        Transport::AutreDurable => "Other sustainable means",
        Transport::Avion => "Plane",
        Transport::Voiture => "Car",
        Transport::Bateau => "Boat or ferry",
        Transport::AutreNonDurable => "Other means (not sustainable)",
    }
}

fn key_action(v: KeyAction) -> &'static str {
    match v {
        KeyAction::Ka121 => "KA121 (mobility, accredited)",
        KeyAction::Ka122 => "KA122 (mobility, short-term project)",
        KeyAction::Ka210 => "KA210 (small-scale partnership)",
        KeyAction::Ka220 => "KA220 (cooperation partnership)",
        KeyAction::Ka102 => "KA102 (VET mobility, 2014-2020)",
        KeyAction::Ka116 => "KA116 (VET mobility with a charter, 2014-2020)",
        KeyAction::Cove => "CoVE (Centre of Vocational Excellence)",
    }
}

fn project_role(v: ProjectRole) -> &'static str {
    match v {
        ProjectRole::Coordinateur => "Coordinator",
        ProjectRole::MembreConsortium => "Consortium member",
        ProjectRole::Partenaire => "Partner",
    }
}

fn direction(v: Direction) -> &'static str {
    match v {
        Direction::Sortante => "Outgoing",
        Direction::Entrante => "Incoming",
    }
}

fn source(v: IndicatorSource) -> &'static str {
    match v {
        IndicatorSource::Saisie => "Typed",
        IndicatorSource::InserJeunes => "InserJeunes",
        IndicatorSource::Calcul => "Computed",
    }
}

fn milestone_kind(v: MilestoneKind) -> &'static str {
    match v {
        MilestoneKind::AppelAProjets => "Labelling campaign",
        MilestoneKind::DepotDossier => "Application deadline",
        MilestoneKind::ArreteLabellisation => "Labelling decree",
        MilestoneKind::BilanEtape => "Mid-term review",
        MilestoneKind::Evaluation => "Evaluation",
        MilestoneKind::Renouvellement => "Renewal",
        MilestoneKind::ComitePilotage => "Steering committee",
        MilestoneKind::Autre => "Other",
    }
}

fn milestone_status(v: MilestoneStatus) -> &'static str {
    match v {
        MilestoneStatus::Prevu => "Planned",
        MilestoneStatus::Fait => "Done",
        MilestoneStatus::Annule => "Cancelled",
    }
}

fn item_status(v: ItemStatus) -> &'static str {
    match v {
        ItemStatus::Overdue => "Overdue",
        ItemStatus::DueSoon => "Due soon",
        ItemStatus::Upcoming => "Upcoming",
        ItemStatus::Done => "Done",
    }
}

fn readiness_level(v: Level) -> &'static str {
    match v {
        Level::Missing => "Missing",
        Level::Partly => "Partly",
        Level::ToCheck => "To judge",
        Level::Met => "Met",
    }
}

fn uai_error(e: &UaiError) -> String {
    match e {
        UaiError::Length(text, n) => {
            format!("a UAI has 8 characters (7 digits and a letter); “{text}” has {n}")
        }
        UaiError::NotDigits(text) => {
            format!("the first 7 characters of a UAI are digits: “{text}”")
        }
        UaiError::CheckLetter { text, expected } => {
            format!("wrong check letter in the UAI “{text}”: {expected} expected")
        }
    }
}

fn siret_error(e: &SiretError) -> String {
    match e {
        SiretError::Length(text, n) => format!("a SIRET has 14 digits; “{text}” has {n}"),
        SiretError::NotDigits(text) => format!("a SIRET holds digits only: “{text}”"),
        SiretError::Checksum(text) => {
            format!("SIRET “{text}” is not valid: its check digit (Luhn) does not match")
        }
    }
}

fn issue(i: &Issue) -> String {
    match i {
        Issue::IdEmpty => "empty id: every record needs an id of its own".into(),
        Issue::IdDuplicate { id } => format!("the id “{id}” is already used higher in the list"),
        Issue::FormationIdDuplicate { id } => {
            format!("the id “{id}” is already used by another course")
        }
        Issue::CampusName => "the campus has no name".into(),
        Issue::RegionUnknown { code } => format!(
            "unknown académie region “{code}”: give its INSEE code (27 for Bourgogne-Franche-Comté…)"
        ),
        Issue::AcademieMissing => "no académie given".into(),
        Issue::AcademieUnknown { code } => {
            format!("unknown académie “{code}”: give its BCN code (03 for Besançon…)")
        }
        Issue::AcademieOutsideRegion { academie, region } => {
            format!("the académie of {academie} is not in the académie region {region}")
        }
        Issue::FiliereUnknown { code } => {
            format!("unknown sector “{code}”: choose one of the 12 national sectors")
        }
        Issue::LabelMissing => "no labelling decision recorded".into(),
        Issue::LabelDateMissing => {
            "the decree has no date: the end of the label cannot be computed".into()
        }
        Issue::ExcellenceTooEarly => {
            "the “excellence” category only exists since the specifications of 13 December 2018"
                .into()
        }
        Issue::LabelDurationMissing => {
            "the label has no duration: its end cannot be computed".into()
        }
        Issue::LabelDurationZero => "a label lasts at least one year".into(),
        Issue::LabelDurationTooLong {
            years,
            max,
            before_2019,
        } => {
            let when = if *before_2019 { "before" } else { "since" };
            format!(
                "{years} years exceeds the maximum of {max} years for a label granted {when} the decree of 16 September 2019"
            )
        }
        Issue::InternationaleAfter2019 => "the “internationale” mention no longer exists since the decree of 16 September 2019 (replaced by the “excellence” category)".into(),
        Issue::CategoryToConfirm => "label category to be confirmed: read the arrêté".into(),
        Issue::LabelInterruption { end, next } => format!(
            "label interrupted: it ended on {} and the next decision dates from {}, {} without a label",
            STRINGS.date(*end),
            STRINGS.date(*next),
            counted(
                usize::try_from((*next - *end).num_days() - 1).unwrap_or(0),
                "day",
                "days"
            )
        ),
        Issue::HistoryStartsLate => {
            "the first decision of the history is not a creation: is the history complete?".into()
        }
        Issue::PassageNotExcellence => {
            "a move to “excellence” grants the “excellence” category".into()
        }
        Issue::PartnerName => "the partner has no name".into(),
        Issue::SectorName => "the sector has no name".into(),
        Issue::TooLong { chars } => format!(
            "a text of {chars} characters, beyond the {} a field accepts",
            crate::model::MAX_TEXT_CHARS
        ),
        Issue::Email { email } => format!("“{email}” is not an e-mail address (name@domain.org)"),
        Issue::Uai(e) => uai_error(e),
        Issue::Siret(e) => siret_error(e),
        Issue::UaiDuplicate { uai, other } => {
            format!("the UAI {uai} is also that of “{other}”: a duplicate?")
        }
        Issue::Country { country } => {
            format!("country “{country}”: give the two-letter ISO code (FR, DE…)")
        }
        Issue::ForeignInFrance => {
            "foreign partner located in France: check the country or the kind".into()
        }
        Issue::AbroadNotForeign => {
            "partner located outside France: choose the kind “Foreign partner”".into()
        }
        Issue::ForeignWithIdentifier => "a foreign partner has neither UAI nor SIRET".into(),
        Issue::GovernanceNoEple => "no lycée (EPLE) sits on the governance body".into(),
        Issue::GovernanceNoEpscp => "no university (EPSCP) sits on the governance body".into(),
        Issue::Level { level } => format!(
            "level {level}: the national framework goes from level 3 (CAP) to level 8 (doctorate)"
        ),
        Issue::ActionTitle => "the action has no title".into(),
        Issue::DatesInverted { start, end } => format!(
            "the end ({}) is before the start ({})",
            STRINGS.date(*end),
            STRINGS.date(*start)
        ),
        Issue::NegativeAmount => "a budget amount cannot be negative".into(),
        Issue::IndicatorCodeEmpty => "the indicator has no code".into(),
        Issue::IndicatorCodeDuplicate { code } => {
            format!("the code “{code}” is already used by another indicator")
        }
        Issue::NotANumber => "a value that is not a number (NaN or infinite)".into(),
        Issue::MilestoneTitle => "give this “Other” milestone a title".into(),
        Issue::MobilityDuration {
            days,
            activity: a,
            min,
            max,
        } => format!(
            "{days} days: a “{}” activity lasts {min} to {max} days",
            activity(*a)
        ),
        Issue::ActivityPublic {
            activity: a,
            participant,
        } => format!(
            "the activity “{}” is not open to this participant ({})",
            activity(*a),
            participant_kind(*participant).to_lowercase()
        ),
        Issue::ActivityNotOffered {
            activity: a,
            action,
            call_year,
        } => format!(
            "a {} project of call {call_year} has no “{}” activity",
            key_action(*action),
            activity(*a)
        ),
        Issue::NoProject => "attach this mobility to an Erasmus+ project".into(),
        Issue::OutsideProject { start, end } => format!(
            "the mobility falls outside the project's dates ({} – {})",
            start.map_or_else(|| "…".to_owned(), |d| STRINGS.date(d)),
            end.map_or_else(|| "…".to_owned(), |d| STRINGS.date(d))
        ),
        Issue::TravelDays { days, max } => format!(
            "{days} funded travel days: {max} at most ({})",
            if *max > 2 { "sustainable travel" } else { "6 with sustainable travel" }
        ),
        Issue::UnknownCity { city, country } if city.is_empty() => format!(
            "no city given ({country}): the distance cannot be measured; give the city or the Commission calculator's distance"
        ),
        Issue::UnknownCity { city, country } => format!(
            "city “{city}” ({country}) not found in the list of cities: give the distance the Commission's calculator gives"
        ),
        Issue::ActivityIdMissing => {
            "no Mobility activity ID (the Beneficiary Module requires it)".into()
        }
        Issue::ActivityIdDuplicate { id } => {
            format!("the activity ID “{id}” is already used in this project")
        }
        Issue::ProjectDuplicate { reference } => {
            format!("the project “{reference}” is already recorded")
        }
        Issue::ProjectDuration { months } => {
            format!("{months} months: a KA122 project lasts 6 to 18 months")
        }
        Issue::UnknownProject { id } => {
            format!("the project “{id}” does not exist in this dossier (deleted?)")
        }
        Issue::CallYear { year } => {
            format!("call {year}: the activity types followed are those of the 2021-2027 programme")
        }
        Issue::ProjectReference { reference } => format!(
            "“{reference}” is not an Erasmus+ project number (2021-2027: 2022-1-FR01-KA121-VET-000123456; 2014-2020: 2017-1-FR01-KA102-037441)"
        ),
        Issue::ProjectReferenceMismatch { says, recorded } => {
            format!("the project number says {says}, the project records {recorded}")
        }
        Issue::ProjectAgency { agency } => format!(
            "agency {agency}: an outgoing mobility of a French school or CFA belongs to the FR01 agency"
        ),
        Issue::SameOrganisation => {
            "the same sending and receiving organisation: the Beneficiary Module refuses such a mobility".into()
        }
        Issue::Oid { oid } => {
            format!("“{oid}” is not an Erasmus+ OID (E and 8 digits, e.g. E10012345)")
        }
        Issue::UnknownPartner { id } => {
            format!("the partner “{id}” does not exist in this dossier (deleted?)")
        }
        Issue::UnknownDecision { id } => format!(
            "the decision “{id}” does not exist in this dossier or grants no label"
        ),
        Issue::UnknownIndicator { id } => {
            format!("the indicator “{id}” does not exist in this dossier (deleted?)")
        }
    }
}

fn store_error(e: &StoreErrorKind) -> String {
    match e {
        StoreErrorKind::Read(e) => format!("cannot read the file ({e})"),
        StoreErrorKind::Write(e) => {
            format!("cannot save ({e}); the previous version of the file is untouched")
        }
        StoreErrorKind::Syntax { problem, .. } => format!(
            "{} — the file was not changed; correct it in a text editor",
            syntax(problem)
        ),
        StoreErrorKind::NewerVersion(n) => format!(
            "file in format {} written by a newer version of CMQ Dossiers (format {} here): opened read-only, it will not be overwritten; update the application",
            n.found, n.supported
        ),
        StoreErrorKind::Serialize(e) => format!("cannot turn the dossier into text ({e})"),
        StoreErrorKind::Exists => {
            "a file of that name already exists; nothing was changed".to_owned()
        }
        StoreErrorKind::InUse => {
            "open in another CMQ Dossiers window; close it there first".to_owned()
        }
        StoreErrorKind::NotAFile => {
            "not a regular file (a pipe, a device, a folder): neither read nor written".to_owned()
        }
        StoreErrorKind::OutputIsDossier => {
            "this is a dossier (.ron): it will not be replaced; choose another name".to_owned()
        }
        StoreErrorKind::OutputIsInput(input) => format!(
            "this is the file {} itself: refused, nothing written; choose another name",
            input.display()
        ),
    }
}

fn item_title(t: &ItemTitle) -> String {
    match t {
        ItemTitle::Decision(kind, cat) => {
            format!("Decree: {} ({})", decision_kind(*kind), category(*cat))
        }
        ItemTitle::BilanEtape(1) => "Mid-term review (1 year after the label)".into(),
        ItemTitle::BilanEtape(years) => {
            format!("Mid-term review ({years} years after the label)")
        }
        ItemTitle::RenewalDue(months) => {
            format!(
                "Reminder (setting): prepare the renewal, {months} months before the label ends"
            )
        }
        ItemTitle::LabelEnd(cat) => format!("End of the {} label", category(*cat)),
        ItemTitle::LabelWithdrawn(cat) => format!("{} label withdrawn", category(*cat)),
        ItemTitle::LabelExpired(cat) => {
            format!("{} label expired, not renewed", category(*cat))
        }
        ItemTitle::Evaluation => {
            "Evaluation of activities and results (4th year of the label, ahead of renewal)".into()
        }
        ItemTitle::Reminder(what, days) => {
            let what = match what {
                Deadline::LabelEnd => "end of the label",
            };
            let days = if *days == 1 {
                "1 day".to_owned()
            } else {
                format!("{days} days")
            };
            format!("Reminder: {what} in {days}")
        }
        ItemTitle::Milestone(kind, title) if title.is_empty() => milestone_kind(*kind).into(),
        ItemTitle::Milestone(_, title) | ItemTitle::Action(title) => title.clone(),
    }
}

fn criterion_title(c: Check) -> &'static str {
    match c {
        Check::Convention => "A network formed by a convention its members signed",
        Check::Eple => "At least one public secondary school (EPLE)",
        Check::Governance => "A governance body set up by the convention, and its members",
        Check::Accommodation => "Accommodation, and associative, cultural and sports activities",
        Check::Publics => {
            "Courses open to pupils, students, apprentices and adults in continuing training"
        }
        Check::Opportunity => "An analysis of the economic opportunity and skills needs",
        Check::GovernanceStateRegionEconomy => {
            "Governance bringing together the State (rectorat), the Région and the economic sector"
        }
        Check::Continuum => {
            "Pathways from secondary (levels 3–4) to higher education (level 6 and up)"
        }
        Check::MixedStatuses => {
            "Mixed statuses: school, apprenticeship, continuing training (and information on VAE)"
        }
        Check::Inclusion => "Inclusion of publics with special needs",
        Check::Orientation => "Orientation and attractiveness of the trades",
        Check::International => "International mobility offered to the campus's learners",
        Check::PlaceOfLife => "“Excellence”: a physical place of life and exchange",
        Check::Research => "“Excellence”: research and innovation capacity",
        Check::Reach => "“Excellence”: national and international reach",
        Check::EuropeanPartnerships => {
            "“Excellence”: European or international partnerships of its own"
        }
        Check::PedagogicalInnovation => "“Excellence”: pedagogical innovation",
        Check::Support => "Établissement support",
        Check::Director => "Operational director",
        Check::PresidentFromBusiness => "A president from the business world",
        Check::ActionPlan => "A dated action plan with leads and budget",
        Check::Indicators => "Indicators with targets and recent values",
    }
}

fn part(p: Part) -> &'static str {
    match p {
        Part::Law => "What the law requires",
        Part::CahierDesCharges => "National cahier des charges (from its published summaries)",
        Part::Excellence => "What the “excellence” category adds",
        Part::Practice => "Usual practice (required by no text that was read)",
    }
}

fn criterion_source(x: &Source) -> String {
    let sure = match x.confidence {
        Confidence::High => "text read",
        Confidence::Medium => "secondary sources agree",
        Confidence::Low => "inferred from practice",
    };
    match x.kind {
        SourceKind::LegalText => format!("Text: {} ({sure})", x.citation),
        SourceKind::PublishedSummary => format!("Published summary: {} ({sure})", x.citation),
        SourceKind::Seed => format!("Seed document: {} ({sure})", x.citation),
        SourceKind::Practice => format!("Usual practice of the campuses ({sure})"),
    }
}

fn names(n: &Names) -> String {
    if n.more == 0 {
        n.shown.join(", ")
    } else {
        format!(
            "{} and {}",
            n.shown.join(", "),
            counted(n.more, "other", "others")
        )
    }
}

/// `n` and the noun, singular for 1 only as English has it.
fn counted(n: usize, one: &str, other: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { other })
}

fn all(n: &Names) -> usize {
    n.shown.len() + n.more
}

fn yes_no(found: &[(bool, &str)]) -> String {
    found
        .iter()
        .map(|(yes, what)| format!("{what} {}", if *yes { "✔" } else { "✖" }))
        .collect::<Vec<_>>()
        .join(", ")
}

fn evidence(e: &Evidence) -> String {
    match e {
        Evidence::Signed { signed, total } => format!(
            "{} of {total} in France signed the convention",
            counted(*signed, "partner", "partners")
        ),
        Evidence::Eple(n) => format!("EPLE: {}", names(n)),
        Evidence::HigherEducation(n) => format!("Higher education: {}", names(n)),
        Evidence::Research(n) => {
            format!(
                "{}: {}",
                counted(all(n), "laboratory", "laboratories"),
                names(n)
            )
        }
        Evidence::GovernanceMembers(n) => {
            format!("{}: {}", counted(all(n), "member", "members"), names(n))
        }
        Evidence::GovernanceSides {
            state,
            region,
            economy,
        } => format!(
            "Governance: {}",
            yes_no(&[
                (*state, "State"),
                (*region, "Région"),
                (*economy, "business")
            ])
        ),
        Evidence::Name(name) => name.clone(),
        Evidence::PresidentOf { name, organisation } => format!("{name} ({organisation})"),
        Evidence::Levels { lowest, highest } => format!("Levels {lowest} to {highest}"),
        Evidence::Publics {
            pupils,
            students,
            apprentices,
            adults,
        } => format!(
            "Publics: {}",
            yes_no(&[
                (*pupils, "pupils"),
                (*students, "students"),
                (*apprentices, "apprentices"),
                (*adults, "continuing training"),
            ])
        ),
        Evidence::Statuses {
            school,
            apprenticeship,
            continuing,
        } => format!(
            "Statuses: {}",
            yes_no(&[
                (*school, "school"),
                (*apprenticeship, "apprenticeship"),
                (*continuing, "continuing training"),
            ])
        ),
        Evidence::OutgoingLearners(n) => format!(
            "{} of the campus went abroad with Erasmus+",
            counted(*n as usize, "learner", "learners")
        ),
        Evidence::FewerOpportunities(n) => format!(
            "{} with fewer opportunities in Erasmus+ mobility",
            counted(*n as usize, "participant", "participants")
        ),
        Evidence::Foreign(n) => format!("Foreign partners: {}", names(n)),
        Evidence::Actions(n) => format!("Actions: {}", names(n)),
        Evidence::TextWritten(field) => {
            let title = match *field {
                "opportunite" => STRINGS.application_parts[0],
                _ => STRINGS.application_parts[3],
            };
            format!("Text “{title}” written: to read again")
        }
        Evidence::CompleteActions { complete, total } => format!(
            "{} of {total} have dates, a lead and a budget",
            counted(*complete, "action", "actions")
        ),
        Evidence::CompleteIndicators { complete, total } => format!(
            "{} of {total} have a target and a recent value",
            counted(*complete, "indicator", "indicators")
        ),
    }
}

fn advice(a: Advice) -> &'static str {
    match a {
        Advice::Convention => "Fill in the date each French partner signed the convention.",
        Advice::Eple => "The network includes at least one public lycée (EPLE): add it.",
        Advice::Governance => {
            "Tick “Governance member” for the partners who sit in the body the convention sets up."
        }
        Advice::Accommodation => {
            "Describe the accommodation and campus life (Identity & label, “Place of life”)."
        }
        Advice::Publics => {
            "Show the courses of each public: school status, higher education, apprenticeship, continuing training."
        }
        Advice::Opportunity => {
            "Write the opportunity analysis (Application): the sector's potential and the territory's skills needs."
        }
        Advice::GovernanceSides => {
            "Have the rectorat (kind “State”), the Région and companies or branches sit in the governance body."
        }
        Advice::Continuum => {
            "Show courses from secondary (CAP, bac: levels 3–4) up to higher education (level 6 and up)."
        }
        Advice::MixedStatuses => {
            "Open the courses under several statuses: school, apprenticeship, continuing training."
        }
        Advice::Inclusion => {
            "Show how the campus welcomes publics with special needs (“fewer opportunities” mobilities, actions)."
        }
        Advice::Orientation => {
            "Add the orientation and attractiveness actions (axis “Attractiveness and orientation”)."
        }
        Advice::International => "Add the outgoing Erasmus+ mobilities of the campus's learners.",
        Advice::PlaceOfLife => {
            "Describe the campus's physical place of life and exchange; judge whether it meets the “excellence” requirement."
        }
        Advice::Research => "Add a research partner (laboratory, technology platform).",
        Advice::Reach => {
            "Show the reach: foreign partners and outgoing mobility; judge whether it is national and international."
        }
        Advice::EuropeanPartnerships => "Add the campus's own foreign partners (kind “Abroad”).",
        Advice::PedagogicalInnovation => {
            "Write the pedagogical project (Application) and its innovations; judge whether it meets the “excellence” requirement."
        }
        Advice::SupportMissing => "Choose the établissement support in Identity & label.",
        Advice::DirectorMissing => "Fill in the operational director and their contact.",
        Advice::DirectorContact => "Add the operational director's e-mail or phone.",
        Advice::PresidentMissing => "Fill in the president of the governance body.",
        Advice::PresidentFromBusiness => {
            "Practice expects a president from the business world: tick the box if they are."
        }
        Advice::ActionPlan => "Give each action its dates, its lead and its budget.",
        Advice::Indicators => "Give each indicator a target and its latest value.",
    }
}

fn save_error(e: &SaveError) -> String {
    match e {
        SaveError::Locked(h) if h.elsewhere => format!(
            "this dossier is open on another computer, “{}” (process {}) {}: it is read-only here so as not to overwrite its changes. Through a synced folder this lock is only advisory (it may not travel): “Open anyway” lets you work here, and the two versions will be merged record by record",
            h.host,
            h.pid,
            lock_since(h)
        ),
        SaveError::Locked(h) => format!(
            "this dossier is open in another window (process {} on {}) {}: it is read-only here so as not to overwrite its changes",
            h.pid,
            h.host,
            lock_since(h)
        ),
        SaveError::ReadOnly => {
            "this dossier comes from a newer version of CMQ Dossiers: it is read-only".into()
        }
        SaveError::Store(e) => store_error(&e.kind),
        SaveError::Crashed(c) => format!(
            "saving stopped on an internal error ({}); the file is untouched, the changes are still to save",
            c.message
        ),
    }
}

fn edit_error(e: &EditError) -> String {
    format!(
        "cannot change it: record no. {} no longer exists in “{}”",
        e.index + 1,
        list_title(e.list)
    )
}

fn within(w: &Within) -> String {
    match w {
        Within::Nowhere => String::new(),
        Within::Head => " at the head of the dossier".into(),
        Within::Part(p) => format!(" in {p}"),
    }
}

fn problem(p: &Problem) -> String {
    match p {
        Problem::Eof => "unexpected end of file: the file seems cut short".into(),
        Problem::UnknownField {
            found,
            expected,
            within: w,
        } => format!(
            "unknown field “{found}”{}; possible fields: {}",
            within(w),
            expected.join(", ")
        ),
        Problem::MissingField { field, within: w } => {
            format!("required field “{field}” missing{}", within(w))
        }
        Problem::DuplicateField { field, within: w } => {
            format!("field “{field}” written twice{}", within(w))
        }
        Problem::UnknownValue {
            found,
            expected,
            within: w,
        } => format!(
            "unknown value “{found}”{}; possible values: {}",
            within(w),
            expected.join(", ")
        ),
        Problem::WrongType { expected, found } => {
            format!("wrong type: {expected} expected, {found} found")
        }
        Problem::ExpectedString => "text in quotes expected".into(),
        Problem::ExpectedStringEnd => "closing quote missing".into(),
        Problem::ExpectedInteger => "whole number expected (or out of bounds)".into(),
        Problem::ExpectedFloat => "number expected".into(),
        Problem::ExpectedBoolean => "true or false expected".into(),
        Problem::ExpectedComma => "comma expected".into(),
        Problem::ExpectedList => "list expected: “[”".into(),
        Problem::ExpectedListEnd => "“]” expected to close the list".into(),
        Problem::ExpectedStruct => "structure expected: “(”".into(),
        Problem::ExpectedStructEnd => "“)” expected".into(),
        Problem::ExpectedOption => "Some(…) or None expected".into(),
        Problem::TrailingCharacters => "characters after the end of the dossier".into(),
        Problem::Other(text) => format!("invalid RON file ({text})"),
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::EmptyFile => "the file is empty: it holds no dossier".into(),
        Syntax::NoSuchVersion => "format_version: 0 does not exist (versions start at 1); the file was not changed".into(),
        Syntax::NotADossier => "this file is not a CMQ Dossiers dossier (a dossier starts with “(” then “format_version”)".into(),
        Syntax::NotUtf8 => "unreadable character: the file is not UTF-8 (saved as Latin-1 by another program?)".into(),
        Syntax::Problem {
            field,
            problem: p,
            truncated,
        } => {
            let mut text = problem(p);
            if *truncated {
                text.push_str("; the file seems cut short");
            }
            match field {
                Some(field) => format!("field “{field}”: {text}"),
                None => text,
            }
        }
    }
}

fn lock_since(h: &crate::store::LockHolder) -> String {
    let Some(since) = h.since_time() else {
        return String::new();
    };
    let now = chrono::Local::now().naive_local();
    let minutes = (now - since).num_minutes();
    let ago = match minutes {
        ..1 => "just now".to_owned(),
        1..60 => format!("{minutes} min ago"),
        60..2880 => format!("{} h ago", minutes / 60),
        _ => format!("{} days ago", minutes / 1440),
    };
    format!("since {}, {ago}", since.format("%-d %B %Y, %H:%M"))
}
