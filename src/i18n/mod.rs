//! Every word of the app, one catalogue per language (`fr.rs`, `en.rs`).
//!
//! A [`Strings`] value holds each text as a field, so a language that misses one does not
//! compile. Texts with values name them (`« {file} »`, filled by [`fill`]); counted texts have a
//! [`Plural`] form. The labels of enum values and the sentences of the domain (findings, errors,
//! calendar items, readiness, import reports) are functions written as exhaustive `match`es, one
//! per language: the layers below return codes with typed arguments, and the faces render them
//! here. PDF documents always use the French catalogue (they go to French authorities).

mod en;
mod fr;
mod import_texts;

pub use import_texts::ImportTexts;

use serde::{Deserialize, Serialize};

/// A text that depends on a count: the singular and the plural form, each with `{n}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// For one (in French also for zero).
    pub one: &'static str,
    /// For several.
    pub other: &'static str,
}

/// `template` with each `{name}` replaced by its value in `args`; a placeholder with no value
/// is left as it is. One pass: a value that contains braces is never read as a placeholder.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (close, *v))
        });
        if let Some((close, value)) = known {
            out.push_str(value);
            rest = &after[close + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The languages of the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every language, French first.
    pub const ALL: [Self; 2] = [Self::Fr, Self::En];

    /// The texts of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Self::Fr => &fr::STRINGS,
            Self::En => &en::STRINGS,
        }
    }

    /// The language's own name (« Français », « English »), the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Self::Fr => "Français",
            Self::En => "English",
        }
    }

    /// Code stored in the settings.
    pub fn code(self) -> &'static str {
        match self {
            Self::Fr => "fr",
            Self::En => "en",
        }
    }

    /// The language of the command line: that of `LC_ALL`, else `LC_MESSAGES`, else `LANG`
    /// (the first one set and not empty); English when it starts with `en`, else French.
    pub fn from_env() -> Self {
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty());
        Self::of_locale(var.as_deref().unwrap_or(""))
    }

    /// The language of a locale name (`en_GB.UTF-8` → English; `fr_FR`, `C`, `` → French).
    pub fn of_locale(locale: &str) -> Self {
        if locale.starts_with("en") {
            Self::En
        } else {
            Self::Fr
        }
    }

    /// The language of a settings code (French when unknown).
    pub fn from_code(code: &str) -> Self {
        if code == "en" { Self::En } else { Self::Fr }
    }
}

impl Strings {
    /// A store error with its file, and its line and column when it has them
    /// (`a.ron:3:7: …`).
    pub fn file_error(&self, e: &crate::store::StoreError) -> String {
        let at = e
            .position()
            .map_or_else(String::new, |p| format!(":{}:{}", p.line, p.col));
        format!("{}{at}: {}", e.path.display(), (self.store_error)(&e.kind))
    }

    /// Where a merge conflict or a difference is: `Partenaires P3 « Lycée Vauban »`.
    pub fn place(&self, place: &crate::merge::Place) -> String {
        match place {
            crate::merge::Place::Campus => self.merge_place_campus.to_owned(),
            crate::merge::Place::Application => self.merge_place_application.to_owned(),
            crate::merge::Place::Record { list, id, title } => {
                format!("{} {id} « {title} »", (self.list_title)(*list))
            }
        }
    }

    /// A value of a merge or a difference on one line: plain values as they read, others as
    /// compact JSON, cut at 100 characters; `(absent)` for none.
    pub fn merged_value(&self, v: Option<&serde_json::Value>) -> String {
        let Some(v) = v else {
            return self.merge_absent.to_owned();
        };
        if v.as_str().is_some_and(|t| t.trim().is_empty()) {
            return self.merge_empty.to_owned();
        }
        let text = match v {
            serde_json::Value::Object(_) | serde_json::Value::Array(_) => v.to_string(),
            _ => crate::merge::scalar_text(v),
        };
        if text.chars().count() > 100 {
            let cut: String = text.chars().take(99).collect();
            format!("{cut}…")
        } else {
            text
        }
    }

    /// Why a save did not happen, with the file when the store failed.
    pub fn save_failure(&self, e: &crate::session::SaveError) -> String {
        match e {
            crate::session::SaveError::Store(e) => self.file_error(e),
            other => (self.save_error)(other),
        }
    }

    /// `label` then `value` with the language's colon (« Filtrer : x », “Filter: x”).
    pub fn labelled(&self, label: &str, value: &str) -> String {
        let colon = if self.english { ":" } else { " :" };
        format!("{label}{colon} {value}").trim_end().to_owned()
    }

    /// A country's name in this language.
    pub fn country_name(&self, c: &crate::model::reference::Country) -> &'static str {
        if self.english { c.name_en } else { c.name_fr }
    }

    /// An amount in cents: « 12 500,00 € » in French (narrow no-break spaces between
    /// thousands), “€12,500.00” in English.
    pub fn money(&self, cents: i64) -> String {
        let grouped = self.whole(cents.unsigned_abs() / 100);
        let decimal = if self.english { '.' } else { ',' };
        let sign = if cents < 0 { "-" } else { "" };
        let cents = (cents % 100).abs();
        if self.english {
            format!("{sign}€{grouped}{decimal}{cents:02}")
        } else {
            format!("{sign}{grouped}{decimal}{cents:02} €")
        }
    }

    /// Why the Beneficiary Module would refuse a row, in words.
    pub fn bm_problem(&self, p: &crate::rules::bm::BmProblem) -> String {
        use crate::rules::bm::BmProblem;
        match p {
            BmProblem::Finding(f) => (self.issue)(&f.issue),
            BmProblem::NoActivityId => self.bm_no_activity_id.to_owned(),
            BmProblem::DuplicateActivityId(id) => fill(self.bm_duplicate_id, &[("id", id)]),
            BmProblem::NoGrantAgreement => self.bm_no_grant_agreement.to_owned(),
            BmProblem::NoOid { organisation } => {
                fill(self.bm_no_oid, &[("organisation", organisation)])
            }
            BmProblem::NoTransport => self.bm_no_transport.to_owned(),
        }
    }

    /// Whole euros: « 1 918 € » in French, “€1,918” in English.
    pub fn euros(&self, amount: u32) -> String {
        if self.english {
            format!("€{}", self.whole(amount))
        } else {
            format!("{} €", self.whole(amount))
        }
    }

    /// A whole number with its thousands grouped: « 12 500 » in French (narrow no-break
    /// spaces), “12,500” in English.
    pub fn whole(&self, n: impl Into<u64>) -> String {
        let units = n.into().to_string();
        let group = if self.english { ',' } else { '\u{202f}' };
        let mut grouped = String::new();
        for (i, c) in units.chars().enumerate() {
            if i > 0 && (units.len() - i).is_multiple_of(3) {
                grouped.push(group);
            }
            grouped.push(c);
        }
        grouped
    }

    /// A measured value: whole numbers without decimals, others with the language's decimal
    /// mark (« 52,8 », “52.8”).
    pub fn number(&self, v: f64) -> String {
        if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            self.decimal(&v.to_string())
        }
    }

    /// A number written by Rust (`12.5`) with the language's decimal mark (`12,5` in French).
    pub fn decimal(&self, text: &str) -> String {
        if self.english {
            text.to_owned()
        } else {
            text.replace('.', ",")
        }
    }

    /// The form of `p` for `n` (French: 0 and 1 are singular; English: only 1), filled with
    /// `n` and `args`.
    pub fn count(&self, p: &Plural, n: usize, args: &[(&str, &str)]) -> String {
        let singular = if self.english { n == 1 } else { n <= 1 };
        let n = n.to_string();
        let mut all = vec![("n", n.as_str())];
        all.extend_from_slice(args);
        fill(if singular { p.one } else { p.other }, &all)
    }
}

/// The texts of the window in one language.
pub struct Strings {
    /// The import dialog.
    pub import: ImportTexts,
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Abbreviated month names, January first (axis of the timeline).
    pub months_short: [&'static str; 12],
    /// Week day initials, Monday first.
    pub weekdays: [&'static str; 7],
    /// True for English (reference data carries French and English names).
    pub english: bool,
    /// Tooltips of the calendar's arrows.
    pub prev_month: &'static str,
    /// Tooltips of the calendar's year arrows.
    pub prev_year: &'static str,
    /// Tooltips of the calendar's year arrows.
    pub next_year: &'static str,
    /// Tooltip of a date field's calendar button.
    pub open_calendar: &'static str,
    /// Tooltips of the calendar's arrows.
    pub next_month: &'static str,
    /// Day 1 of a month (« 1er » in French).
    pub first_day: &'static str,

    /// French: « Fichier ».
    pub menu_file: &'static str,
    /// French: « Édition ».
    pub menu_edit: &'static str,
    /// French: « Affichage ».
    pub menu_view: &'static str,
    /// French: « Aide ».
    pub menu_help: &'static str,

    /// French: « Nouveau dossier… ».
    pub cmd_new: &'static str,
    /// French: « Créer le dossier d'un nouveau campus dans l'espace de travail ».
    pub cmd_new_tip: &'static str,
    /// French: « Ouvrir un espace de travail… ».
    pub cmd_open: &'static str,
    /// French: « Choisir le dossier qui contient les fichiers .ron des campus ».
    pub cmd_open_tip: &'static str,
    /// French: « Enregistrer ».
    pub cmd_save: &'static str,
    /// French: « Enregistrer le dossier ouvert (la version précédente est gardée en .bak) ».
    pub cmd_save_tip: &'static str,
    /// French: « Quitter ».
    pub cmd_quit: &'static str,
    /// French: « Fermer CMQ Dossiers ».
    pub cmd_quit_tip: &'static str,
    /// French: « Annuler ».
    pub cmd_undo: &'static str,
    /// French: « Annuler la dernière modification ».
    pub cmd_undo_tip: &'static str,
    /// French: « Rétablir ».
    pub cmd_redo: &'static str,
    /// French: « Rétablir la modification annulée ».
    pub cmd_redo_tip: &'static str,
    /// French: « Filtrer la liste ».
    pub cmd_find: &'static str,
    /// French: « Placer le curseur dans le filtre du tableau affiché ».
    pub cmd_find_tip: &'static str,
    /// French: « Contrôles ».
    pub cmd_checks: &'static str,
    /// French: « Afficher ou masquer la liste des erreurs et avertissements ».
    pub cmd_checks_tip: &'static str,
    /// French: « Thème du système ».
    pub cmd_theme_system: &'static str,
    /// French: « Thème clair ».
    pub cmd_theme_light: &'static str,
    /// French: « Thème sombre ».
    pub cmd_theme_dark: &'static str,
    /// French: « Couleurs de la fenêtre ».
    pub cmd_theme_tip: &'static str,
    /// French: « Langue de l'interface ».
    pub cmd_lang_tip: &'static str,
    /// French: « À propos ».
    pub cmd_about: &'static str,
    /// French: « Version et informations ».
    pub cmd_about_tip: &'static str,

    /// Title of the identity section.
    pub identity_title: &'static str,
    /// Title of the section (or heading) of each list.
    pub list_title: fn(crate::model::ListKind) -> &'static str,
    /// The scores line of `check --readiness`; `{cmq}`, `{cmq_max}`, `{exc}`, `{exc_max}`.
    pub readiness_scores: &'static str,
    /// The version line of the readiness grid; `{n}` is its number.
    pub criteria_version: &'static str,
    /// The title of a labelling criterion.
    pub criterion_title: fn(crate::rules::readiness::Check) -> &'static str,
    /// The title of a part of the grid (law, cahier des charges, « excellence », practice).
    pub part_label: fn(crate::rules::readiness::Part) -> &'static str,
    /// A criterion's source and how sure it is, in a sentence.
    pub source_text: fn(&crate::rules::readiness::Source) -> String,
    /// What shows a criterion.
    pub evidence: fn(&crate::rules::readiness::Evidence) -> String,
    /// What to add for a criterion not met.
    pub advice: fn(crate::rules::readiness::Advice) -> &'static str,
    /// What a timeline item is called.
    pub item_title: fn(&crate::rules::calendar::ItemTitle) -> String,
    /// Why a save did not happen.
    pub save_error: fn(&crate::session::SaveError) -> String,
    /// The button that opens for editing a dossier another machine holds. French: « Ouvrir
    /// quand même ».
    pub open_anyway: &'static str,
    /// Milestone form: the label period it belongs to. French: « Période du label ».
    pub label_period: &'static str,
    /// Milestone form: the period found from the milestone's date. French: « D'après sa
    /// date ».
    pub by_its_date: &'static str,
    /// Decision form: the day of publication in the Journal officiel. French: « Publié au JO
    /// le ».
    pub published_on: &'static str,
    /// Decision form: where in the Journal officiel. French: « Référence JORF ».
    pub jorf: &'static str,
    /// Decision form: the campus's name in this arrêté. French: « Nom dans l'arrêté (s'il
    /// diffère) ».
    pub decision_name: &'static str,
    /// Decision form: the « internationale » mention of 2014–2019. French: « Mention
    /// « internationale » ».
    pub internationale: &'static str,
    /// A campus labelled today; placeholders: category, end. French: « {category} jusqu'au
    /// {end} ».
    pub status_active: &'static str,
    /// A campus labelled today, its label's end unknown; placeholder: category. French:
    /// « {category}, fin du label inconnue ».
    pub status_active_open: &'static str,
    /// A label over and not renewed; placeholders: category, end. French: « label {category}
    /// expiré le {end} ».
    pub status_expired: &'static str,
    /// A label withdrawn by a decision; placeholders: category, end. French: « label
    /// {category} retiré le {end} ».
    pub status_withdrawn: &'static str,
    /// Between two labels; placeholders: end, next. French: « sans label depuis le {end} ».
    pub status_gap: &'static str,
    /// A label granted by a decision without a date; placeholder: category. French:
    /// « {category}, date de l'arrêté à renseigner ».
    pub status_undated: &'static str,
    /// Never labelled yet. French: « pas encore labellisé ».
    pub status_none: &'static str,
    /// Calendrier: the label's status today, before it. French: « Label aujourd'hui ».
    pub label_today: &'static str,
    /// What opening anyway means; placeholder: host. French: « Si « {host} » ne se sert plus
    /// de ce dossier… ».
    pub open_anyway_hint: &'static str,
    /// The banner of a dossier opened anyway; placeholders: host, since. French: « Ouvert
    /// quand même… ».
    pub opened_anyway: &'static str,
    /// When a lock's holder opened the dossier, and how long ago (« le 23/11/2026 à 09:14, il
    /// y a 3 jours »); empty when its file does not say.
    pub lock_since: fn(&crate::store::LockHolder) -> String,
    /// An edit that no longer fits the dossier.
    pub edit_error: fn(&crate::session::EditError) -> String,
    /// An export cancelled.
    pub export_cancelled: &'static str,
    /// An XLSX export that failed; `{reason}`.
    pub export_xlsx_failed: &'static str,
    /// A PDF that could not be made; `{reason}`.
    pub export_pdf_failed: &'static str,
    /// A PDF too large to lay out, by its table rows; placeholders: rows, limit. French:
    /// « PDF impossible : il compterait {rows} lignes de tableau… ».
    pub pdf_too_many_rows: &'static str,
    /// A PDF too large to lay out, by its text; placeholders: chars, limit. French:
    /// « PDF impossible : il compterait {chars} caractères de texte… ».
    pub pdf_too_much_text: &'static str,
    /// What went wrong with a dossier file.
    pub store_error: fn(&crate::store::StoreErrorKind) -> String,
    /// The window could not open; `{reason}`.
    pub window_failed: &'static str,
    /// The command's output could not be written; `{reason}`.
    pub output_failed: &'static str,
    /// The usage text of the command line.
    pub usage: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_needs_value: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_needs_number: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unexpected: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unknown_option: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_needs_files: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_needs_file: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_needs_option: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unknown_command: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unknown_format: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unknown_table: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unknown_document: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unknown_separator: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_needs_list: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unknown_list: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_needs_source: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_unknown_duplicates: &'static str,
    /// A command line error (`cli::Usage`).
    pub usage_bad_date: &'static str,
    /// What a validation finding says.
    pub issue: fn(&crate::rules::Issue) -> String,
    /// Why a text is not a UAI.
    pub uai_error: fn(&crate::model::identifiers::UaiError) -> String,
    /// Why a text is not a SIRET.
    pub siret_error: fn(&crate::model::identifiers::SiretError) -> String,
    /// What refers to a record, in the delete question (« l'action « Salon » (pilote) »).
    pub referrer: fn(&crate::model::Referrer) -> String,
    /// Title of the calendar section.
    pub timeline_title: &'static str,
    /// Title of the application section.
    pub application_title: &'static str,
    /// French: « Imprimer… ».
    pub cmd_print: &'static str,
    /// French: « Mettre le dossier en page (PDF) et l'ouvrir pour l'imprimer ».
    pub cmd_print_tip: &'static str,
    /// French: « Exporter en PDF… ».
    pub cmd_export_pdf: &'static str,
    /// French: « Enregistrer la synthèse ou le dossier de candidature en PDF ».
    pub cmd_export_pdf_tip: &'static str,
    /// French: « Synthèse du dossier ».
    pub pdf_summary: &'static str,
    /// French: « Dossier de candidature à la labellisation ».
    pub pdf_application: &'static str,
    /// French: « Pages à l'italienne (paysage) ».
    pub pdf_landscape: &'static str,
    /// French: « Imprimer ».
    pub print: &'static str,
    /// French: « Exporter… ».
    pub export_ellipsis: &'static str,
    /// French: « Ouvert pour impression : {} ».
    pub printed: &'static str,
    /// Titles of the PDF's sections to choose, in the order of `export::pdf::SECTIONS`.
    pub pdf_sections: [&'static str; 8],

    /// French: « Exporter ».
    pub export: &'static str,
    /// French: « CSV — lignes affichées ».
    pub export_csv_shown: &'static str,
    /// French: « CSV — toute la table ».
    pub export_csv_all: &'static str,
    /// French: « Excel — lignes affichées ».
    pub export_xlsx_shown: &'static str,
    /// French: « Excel — toute la table ».
    pub export_xlsx_all: &'static str,
    /// French: « Export en cours ».
    pub exporting: &'static str,
    /// French: « Exporté : {} ({} lignes) ».
    pub exported: Plural,
    /// French: « Aucun fichier choisi : rien n'a été exporté. ».
    pub no_file_chosen: &'static str,

    /// French: « Règles du calendrier ».
    pub calendar_rules: &'static str,
    /// French: « Bilan d'étape après le décret de 2019 ».
    pub bilan_2019: &'static str,
    /// French: « Rappel de renouvellement avant la fin du label (réglage) ».
    pub renewal_lead: &'static str,
    /// French: « « Bientôt » dans les ».
    pub due_soon: &'static str,
    /// French: « Rappels (jours avant l'échéance) ».
    pub reminders: &'static str,
    /// French: «  ans ».
    pub years_suffix: &'static str,
    /// French: «  mois ».
    pub months_suffix: &'static str,
    /// French: «  jours ».
    pub days_suffix: &'static str,

    /// French: « Grille des critères de labellisation ».
    pub readiness_title: &'static str,
    /// French: « critères CMQ remplis ».
    pub score_cmq: &'static str,
    /// French: « critères « excellence » remplis ».
    pub score_excellence: &'static str,
    /// French: « À faire ».
    pub to_do: &'static str,
    /// French: « Textes du dossier de candidature ».
    pub application_texts: &'static str,
    /// The label of each `Level` value.
    pub readiness_level_label: fn(crate::rules::readiness::Level) -> &'static str,
    /// Titles of the parts of the application's texts, in the order they are shown.
    pub application_parts: [&'static str; 7],

    /// French: « Zoomer ».
    pub zoom_in: &'static str,
    /// French: « Dézoomer ».
    pub zoom_out: &'static str,
    /// French: « Tout voir ».
    pub zoom_fit: &'static str,
    /// French: « Glisser pour se déplacer · Ctrl + molette pour zoomer ».
    pub zoom_hint: &'static str,
    /// French: « Aujourd'hui ».
    pub today: &'static str,
    /// French: « Rappel ».
    pub reminder: &'static str,
    /// French: « Ouvrir la fiche ».
    pub open_record: &'static str,
    /// French: « Label ».
    pub label_row: &'static str,
    /// French: « Jalons et échéances ».
    pub milestones_row: &'static str,
    /// French: « fin inconnue ».
    pub unknown_end: &'static str,
    /// French: « Tableau de bord ».
    pub dashboard: &'static str,
    /// French: « Campus ».
    pub campuses: &'static str,
    /// French: « « excellence » ».
    pub excellence_count: &'static str,
    /// French: « labels finissant dans les 12 mois ».
    pub ending_12_months: &'static str,
    /// Dashboard count: campuses without a label today (expired, interrupted, not yet).
    /// French: « sans label en cours ».
    pub unlabelled_count: &'static str,
    /// French: « échéances en retard ».
    pub overdue_count: &'static str,
    /// French: « Prochaines échéances ».
    pub next_deadlines: &'static str,
    /// French: « Les labels dans le temps ».
    pub campus_timelines: &'static str,
    /// French: « Mobilités Erasmus+ par année (participants) ».
    pub mobility_per_year: &'static str,
    /// French: « Mobilités sortantes par pays (participants) ».
    pub mobility_per_country: &'static str,
    /// French: « Indicateurs : valeurs annuelles et cible ».
    pub indicators_vs_target: &'static str,
    /// French: « Apprenants ».
    pub learners: &'static str,
    /// French: « Personnels ».
    pub staff: &'static str,
    /// French: « Aucune échéance ouverte. ».
    pub no_deadline: &'static str,
    /// French: « Pas encore de données. ».
    pub no_data: &'static str,
    /// The label of each `ItemStatus` value.
    pub item_status_label: fn(crate::rules::calendar::ItemStatus) -> &'static str,

    /// French: « Dossiers ».
    pub dossiers: &'static str,
    /// French: « Rechercher un campus… ».
    pub search_campus: &'static str,
    /// French: « Prochain jalon ».
    pub next_milestone: &'static str,
    /// French: « Fin du label ».
    pub label_end: &'static str,
    /// French: « Fichier illisible ».
    pub unreadable: &'static str,
    /// French: « Aucun espace de travail : Fichier › Ouvrir un espace de travail… ».
    pub no_workspace: &'static str,
    /// French: « Choisissez un dossier dans la liste de gauche, ou créez-en un (Ctrl+N). ».
    pub no_dossier: &'static str,
    /// French: « Modifications non enregistrées ».
    pub unsaved_marker_tip: &'static str,
    /// French: « Des modifications non enregistrées ont été récupérées ».
    pub recovery_marker_tip: &'static str,

    /// French: « Enregistré ».
    pub saved: &'static str,
    /// French: « Modifications non enregistrées ».
    pub unsaved: &'static str,
    /// French: « Enregistrement… ».
    pub saving: &'static str,
    /// French: « Ouverture de {}… ».
    pub opening: &'static str,
    /// French: « Lecture seule ».
    pub read_only: &'static str,
    /// The number of errors.
    pub errors: Plural,
    /// The number of warnings.
    pub warnings: Plural,
    /// French: « ligne » (a record without a title, by its row: « ligne 3 »).
    pub checks_row: &'static str,
    /// French: « Contrôles ».
    pub checks_title: &'static str,
    /// French: « Aucune erreur ni avertissement. ».
    pub checks_none: &'static str,

    /// French: « Filtrer ».
    pub filter: &'static str,
    /// French: « Ajouter ».
    pub add: &'static str,
    /// French: « Dupliquer ».
    pub duplicate: &'static str,
    /// French: « Supprimer ».
    pub delete: &'static str,
    /// French: « Colonnes ».
    pub columns: &'static str,
    /// French: « Sélectionnez une ligne pour la modifier. ».
    pub select_row: &'static str,

    /// French: « Oui ».
    pub yes: &'static str,
    /// French: « Non ».
    pub no: &'static str,
    /// French: « — aucune — ».
    pub none: &'static str,
    /// French: « Renseigner ».
    pub set_date: &'static str,
    /// French: « Effacer ».
    pub clear: &'static str,
    /// French: « Enregistrer ».
    pub save: &'static str,
    /// French: « Ne pas enregistrer ».
    pub dont_save: &'static str,
    /// French: « Annuler ».
    pub cancel: &'static str,
    /// French: « OK ».
    pub ok: &'static str,
    /// French: « Créer ».
    pub create: &'static str,
    /// French: « Modifications non enregistrées ».
    pub unsaved_title: &'static str,
    /// French: « Enregistrer les modifications du dossier « {} » ? ».
    pub unsaved_body: &'static str,
    /// French: « Fichier modifié sur le disque ».
    pub disk_title: &'static str,
    /// French: « Le fichier « {} » a été modifié par un autre programme depuis son ouverture. … ».
    pub disk_body: &'static str,
    /// French: « Recharger depuis le disque ».
    pub disk_reload: &'static str,
    /// French: « Écraser ».
    pub disk_overwrite: &'static str,
    /// French: « Modifications récupérées ».
    pub recovery_title: &'static str,
    /// French: « Des modifications non enregistrées du dossier « {} » ont été retrouvées (l'ap… ».
    pub recovery_body: &'static str,
    /// French: « Restaurer ».
    pub recovery_restore: &'static str,
    /// French: « Ignorer ».
    pub recovery_ignore: &'static str,
    /// French: « Nouveau dossier ».
    pub new_title: &'static str,
    /// French: « Supprimer « {} » ? ».
    pub delete_title: &'static str,
    /// French: « Ces éléments y font référence ; ils seront vidés : ».
    pub delete_refs: &'static str,
    /// French: « Supprimer et retirer les références ».
    pub delete_anyway: &'static str,
    /// French: « Aucun dossier choisi. ».
    pub pick_cancelled: &'static str,
    /// French: « Choisir un dossier ».
    pub chooser_folder: &'static str,
    /// French: « Choisir un fichier à lire ».
    pub chooser_open: &'static str,
    /// French: « Enregistrer sous ».
    pub chooser_save: &'static str,
    /// French: « Le système n'a affiché aucune fenêtre de choix de fichier (ni portail de burea… ».
    pub chooser_why: &'static str,
    /// French: « Chemin ».
    pub chooser_path: &'static str,
    /// French: « ⬆ Dossier parent ».
    pub chooser_up: &'static str,
    /// French: « Choisir ».
    pub chooser_choose: &'static str,
    /// French: « Rien à choisir dans ce dossier. ».
    pub chooser_empty: &'static str,
    /// French: « Ce dossier ne peut pas être lu. ».
    pub chooser_unreadable: &'static str,
    /// French: « Ce dossier n'existe pas. ».
    pub chooser_no_folder: &'static str,
    /// French: « Ce fichier n'existe pas. ».
    pub chooser_no_file: &'static str,
    /// French: « Le dossier où l'enregistrer n'existe pas. ».
    pub chooser_no_parent: &'static str,
    /// French: « Fichiers montrés : {kinds} ».
    pub chooser_files: &'static str,
    /// French: « Ce fichier existe déjà : il sera remplacé. ».
    pub chooser_replaces: &'static str,
    /// The File menu's « create my workspace » entry. French: « Créer mon espace de travail… ».
    pub cmd_create_workspace: &'static str,
    /// Its tooltip. French: « Choisir le dossier de cet ordinateur où ranger vos dossiers de campus ».
    pub cmd_create_workspace_tip: &'static str,
    /// The File menu's « look at the examples » entry. French: « Voir les exemples ».
    pub cmd_examples: &'static str,
    /// Its tooltip. French: « Six campus d'exemple, en lecture seule, à part de vos dossiers ».
    pub cmd_examples_tip: &'static str,
    /// The Dossier menu. French: « Dossier ».
    pub menu_dossier: &'static str,
    /// Dossier menu: rename the file. French: « Renommer le fichier… ».
    pub cmd_rename: &'static str,
    /// Its tooltip. French: « Changer le nom du fichier .ron (le nom du campus se change dans Identité) ».
    pub cmd_rename_tip: &'static str,
    /// Dossier menu: duplicate. French: « Dupliquer ».
    pub cmd_duplicate: &'static str,
    /// Its tooltip. French: « Créer une copie du dossier dans l'espace de travail, et l'ouvrir ».
    pub cmd_duplicate_tip: &'static str,
    /// Dossier menu: archive. French: « Archiver ».
    pub cmd_archive: &'static str,
    /// Its tooltip. French: « Ranger le dossier dans archives/ : il quitte la liste et le tableau de bord ».
    pub cmd_archive_tip: &'static str,
    /// Dossier menu: move to the bin. French: « Mettre à la corbeille… ».
    pub cmd_bin: &'static str,
    /// Its tooltip. French: « Déplacer le fichier dans corbeille/ de l'espace de travail (récupérable) ».
    pub cmd_bin_tip: &'static str,
    /// Help menu: the help view. French: « Aide et raccourcis ».
    pub cmd_help: &'static str,
    /// Its tooltip. French: « Raccourcis clavier et guide de prise en main ».
    pub cmd_help_tip: &'static str,
    /// Welcome view: title. French: « Bienvenue dans CMQ Dossiers ».
    pub welcome_title: &'static str,
    /// Welcome view: what the app keeps. French: « Un dossier par campus des métiers et des qualifications, enregistré sur cet ordinateur (un fichier .ron par campus), sans connexion réseau. Pour commencer : ».
    pub welcome_body: &'static str,
    /// Welcome view: under « create my workspace ». French: « Choisissez (ou créez) un dossier vide : vos campus y seront enregistrés. C'est là que « Nouveau dossier » les range. ».
    pub welcome_create: &'static str,
    /// Welcome view: under « open a workspace ». French: « Un dossier qui contient déjà des fichiers .ron (le vôtre, ou celui partagé par un collègue). ».
    pub welcome_open: &'static str,
    /// Welcome view: under « look at the examples ». French: « Six campus réels ou fictifs, en lecture seule, dans un espace à part : rien ne s'y mélange à vos dossiers. ».
    pub welcome_examples: &'static str,
    /// Banner above the example workspace. French: « Exemples en lecture seule : ils servent à découvrir l'application. Vos dossiers vont dans votre propre espace de travail. ».
    pub examples_banner: &'static str,
    /// Said when an edit of the examples is asked. French: « Les exemples sont en lecture seule : créez votre espace de travail (Fichier › Créer mon espace de travail…). ».
    pub examples_read_only: &'static str,
    /// Rename dialog: title; `{file}` is the current name. French: « Renommer « {file} » ».
    pub rename_title: &'static str,
    /// Rename dialog: the field. French: « Nouveau nom du fichier (sans .ron) ».
    pub rename_label: &'static str,
    /// Rename dialog: a name that cannot be a file name. French: « Nom vide, caché (.) ou contenant / ou \\ ».
    pub rename_invalid: &'static str,
    /// Rename dialog: the name is taken. French: « Un fichier de ce nom existe déjà dans l'espace de travail ».
    pub rename_taken: &'static str,
    /// Rename dialog: confirm. French: « Renommer ».
    pub rename_button: &'static str,
    /// Bin dialog: title; `{campus}`. French: « Mettre « {campus} » à la corbeille ? ».
    pub bin_title: &'static str,
    /// Bin dialog: what happens. French: « Le fichier ira dans le dossier corbeille/ de l'espace de travail ; « Corbeille », en bas du panneau de gauche, le remet en place. ».
    pub bin_body: &'static str,
    /// Said after a move to the bin; `{campus}`, `{path}`. French: « « {campus} » mis à la corbeille : {path} ».
    pub binned: &'static str,
    /// Said after archiving; `{campus}`, `{path}`. French: « « {campus} » archivé : {path} ».
    pub archived_msg: &'static str,
    /// Said after putting a dossier back from the archives or the bin; `{file}`. French: « Remis dans l'espace de travail : {file} ».
    pub put_back: &'static str,
    /// Said after duplicating; `{file}`. French: « Copie créée et ouverte : {file} ».
    pub duplicated: &'static str,
    /// Said after renaming; `{file}`. French: « Fichier renommé : {file} ».
    pub renamed: &'static str,
    /// Added to a duplicated campus's name. French: « (copie) ».
    pub copy_suffix: &'static str,
    /// Side panel: the archived dossiers. French: « Archives ».
    pub archives: &'static str,
    /// Side panel: the button that puts an archived or binned dossier back. French: « Remettre ».
    pub put_back_button: &'static str,
    /// Side panel: the dossiers in the bin. French: « Corbeille ».
    pub bin: &'static str,
    /// Help view: title. French: « Aide ».
    pub help_title: &'static str,
    /// Help view: the guide's heading. French: « Prise en main ».
    pub help_guide_title: &'static str,
    /// Help view: the shortcuts' heading. French: « Raccourcis clavier ».
    pub help_shortcuts_title: &'static str,
    /// Help view: close button. French: « Fermer l'aide (Échap) ».
    pub help_close: &'static str,
    /// Help view: how the menus open from the keyboard. French: « Ouvrir le menu Fichier (flèches pour se déplacer, Entrée pour choisir) ».
    pub help_menus: &'static str,
    /// Help view: section shortcuts. French: « Sections du dossier, dans l'ordre du panneau de gauche ; Ctrl+0 le tableau de bord ».
    pub help_section_keys: &'static str,
    /// Help view: the short guide, one paragraph each.
    pub help_guide: &'static [&'static str],
    /// Application: tooltip of a criterion's link. French: « Aller là où cela se complète ».
    pub go_to_fix: &'static str,
    /// Dashboard: tooltip of the campus rows. French: « Glisser pour faire défiler les années, Ctrl + molette pour zoomer, double-clic pour tout revoir ».
    pub campus_rows_hint: &'static str,
    /// Examples banner: back to the user's workspace. French: « Retour à mon espace de travail ».
    pub back_to_my_workspace: &'static str,
    /// A PDF exported; `{file}`. French: « PDF enregistré : {file} ».
    pub exported_pdf: &'static str,
    /// Print: the PDF was written but no viewer opened it; `{file}`, `{reason}`. French: « PDF enregistré : {file} — aucun visualiseur n'a pu l'ouvrir ({reason}) ; ouvrez-le depuis le gestionnaire de fichiers ».
    pub no_viewer: &'static str,
    /// Print: why no viewer opened the PDF when the opener program is missing. French: « aucun programme d'ouverture des PDF (xdg-open) n'est installé ».
    pub viewer_missing: &'static str,
    /// New dossier dialog: what the Create button waits for. French: « Le nom, la région académique et la filière sont à renseigner. ».
    pub new_missing: &'static str,
    /// A command found the dossier changed by a program that ignores the lock; `{file}`. French: « {file} : modifié par un autre programme pendant l'import ; rien n'a été écrit, relancez la commande ».
    pub cli_changed_on_disk: &'static str,
    /// A background work stopped on an internal error; `{what}`, `{reason}`. French: « {what} : arrêt sur une erreur interne ({reason}) ; rien n'a été écrit ».
    pub crashed: &'static str,
    /// Status bar: the button that hides the errors read. French: « Masquer ces erreurs (lues) ».
    pub dismiss_errors: &'static str,
    /// French: « CMQ Dossiers — les dossiers des Campus des métiers et des qualifications, hor… ».
    pub about_body: &'static str,
    /// French: « Enregistré : {} ».
    pub saved_message: &'static str,

    // Campus identity.
    /// French: « Campus ».
    pub campus: &'static str,
    /// French: « Nom ».
    pub name: &'static str,
    /// French: « Nom court ».
    pub short_name: &'static str,
    /// French: « Région ou vice-rectorat » (the région académique, or a vice-rectorat).
    pub region: &'static str,
    /// French: « Académies ».
    pub academies: &'static str,
    /// French: « Filière ».
    pub filiere: &'static str,
    /// French: « Établissement support ».
    pub support: &'static str,
    /// French: « Directeur opérationnel ».
    pub director: &'static str,
    /// French: « Président ».
    pub president: &'static str,
    /// French: « Organisation ».
    pub organisation: &'static str,
    /// French: « Issu du monde économique ».
    pub from_business: &'static str,
    /// French: « E-mail ».
    pub email: &'static str,
    /// French: « Téléphone ».
    pub phone: &'static str,
    /// French: « Site web ».
    pub website: &'static str,
    /// French: « Notes ».
    pub notes: &'static str,
    /// French: « Lieu de vie, hébergement ».
    pub lieu_de_vie: &'static str,
    /// French: « Décisions de labellisation ».
    pub label_history: &'static str,
    /// French: « Décision ».
    pub decision_kind: &'static str,
    /// French: « Catégorie ».
    pub category: &'static str,
    /// French: « Date de l'arrêté ».
    pub arrete_date: &'static str,
    /// French: « Référence (NOR) ».
    pub reference_nor: &'static str,
    /// The number of an Erasmus+ project (`2023-1-FR01-KA121-VET-000123456`).
    pub project_number: &'static str,
    /// French: « Durée (années) ».
    pub duration_years: &'static str,
    /// French: « Note ».
    pub note: &'static str,

    // Partners.
    /// French: « Type ».
    pub kind: &'static str,
    /// French: « Commune ».
    pub commune: &'static str,
    /// French: « Pays ».
    pub country: &'static str,
    /// French: « UAI ».
    pub uai: &'static str,
    /// French: « SIRET ».
    pub siret: &'static str,
    /// French: « OID Erasmus+ ».
    pub oid: &'static str,
    /// French: « Rôle ».
    pub role: &'static str,
    /// French: « Convention signée le ».
    pub convention: &'static str,
    /// French: « Membre de la gouvernance ».
    pub governance: &'static str,
    /// French: « Gouvernance ».
    pub governance_short: &'static str,
    /// French: « Contacts ».
    pub contacts: &'static str,

    // Sectors.
    /// French: « Filière du campus ».
    pub sector: &'static str,
    /// French: « Formations ».
    pub formations: &'static str,
    /// French: « Diplôme ».
    pub diploma: &'static str,
    /// French: « Niveau ».
    pub level: &'static str,
    /// French: « Statut ».
    pub status: &'static str,
    /// French: « Établissement ».
    pub establishment: &'static str,

    // Actions.
    /// French: « Axe ».
    pub axis: &'static str,
    /// French: « Importer « {} » ».
    pub title: &'static str,
    /// French: « Description ».
    pub description: &'static str,
    /// French: « Pilote ».
    pub lead: &'static str,
    /// French: « Partenaires associés ».
    pub other_partners: &'static str,
    /// French: « Début ».
    pub start: &'static str,
    /// French: « Fin ».
    pub end: &'static str,
    /// French: « Budget ».
    pub budget: &'static str,
    /// French: « Financeur ».
    pub funder: &'static str,
    /// French: « Montant (€) ».
    pub amount: &'static str,
    /// French: « Indicateurs liés ».
    pub linked_indicators: &'static str,

    // Mobilities.
    /// French: « Projet Erasmus+ ».
    pub project: &'static str,
    /// French: « Action clé ».
    pub key_action: &'static str,
    /// French: « Année de l'appel ».
    pub call_year: &'static str,
    /// French: « Activité ».
    pub activity: &'static str,
    /// French: « Public ».
    pub participant: &'static str,
    /// French: « Sens ».
    pub direction: &'static str,
    /// French: « Organisme d'envoi ».
    pub sending: &'static str,
    /// French: « Organisme d'accueil ».
    pub receiving: &'static str,
    /// French: « Ville ».
    pub city: &'static str,
    /// French: « Groupe de pays Erasmus+ (aide individuelle) ».
    pub erasmus_group: &'static str,
    /// French: « Durée ».
    pub duration: &'static str,
    /// French: « jours ».
    pub days: &'static str,
    /// French: « Participants ».
    pub participants: &'static str,
    /// French: « Transport durable ».
    pub green_travel: &'static str,
    /// French: « Moins d'opportunités ».
    pub fewer_opportunities: &'static str,
    /// French: « ID d'activité de mobilité ».
    pub activity_id: &'static str,
    /// French: « Participant (nom) ».
    pub participant_name: &'static str,
    /// French: « Pays de départ ».
    pub departure_country: &'static str,
    /// French: « Ville de départ ».
    pub departure_city: &'static str,
    /// French: « Pays d'accueil ».
    pub receiving_country: &'static str,
    /// French: « Ville d'accueil ».
    pub receiving_city: &'static str,
    /// French: « Transport principal ».
    pub transport: &'static str,
    /// French: « Jours de voyage financés ».
    pub funded_travel_days: &'static str,
    /// French: « Distance saisie (km) », the EC calculator's, overriding the gazetteer's.
    pub distance_km: &'static str,
    /// Hover text of the typed distance.
    pub distance_tip: &'static str,
    /// French: « Jeune diplômé (moins de 12 mois) ».
    pub recent_graduate: &'static str,
    /// French: « Rôle du campus ».
    pub project_role: &'static str,
    /// French: « N° d'accréditation ».
    pub accreditation: &'static str,
    /// French: « N° de convention de subvention ».
    pub grant_agreement: &'static str,
    /// French: « Subvention accordée (€) ».
    pub grant_awarded: &'static str,
    /// French: « Objectifs prévus ».
    pub targets: &'static str,
    /// Button: add a target line.
    pub add_target: &'static str,
    /// French: « Accompagnateurs ».
    pub accompanying: &'static str,
    /// The mobility's project when the dossier has none yet.
    pub no_project: &'static str,
    /// Said on opening a file of an older format: `{version}`, `{groups}` mobility groups
    /// became `{participants}` participants in `{projects}` projects.
    pub converted: &'static str,
    /// The template names no project of the dossier.
    pub bm_no_project: &'static str,
    /// A saved column mapping that does not read: `{error}`.
    pub bm_mapping_error: &'static str,
    /// The column mapping was saved for next time: `{file}`.
    pub bm_mapping_saved: &'static str,
    /// The saved column mapping was used: `{file}`.
    pub bm_mapping_used: &'static str,
    /// `{rows}` participants of `{project}` written into `{file}` with the template's
    /// `{columns}` columns.
    pub bm_written: &'static str,
    /// The day, month and year in a date format (`JJ`, `MM`, `AAAA`).
    pub bm_day: &'static str,
    /// See `bm_day`.
    pub bm_month: &'static str,
    /// See `bm_day`.
    pub bm_year: &'static str,
    /// Dates written as date cells.
    pub bm_dates_typed: &'static str,
    /// Dates written in the template's `{format}`.
    pub bm_dates_found: &'static str,
    /// Dates written in `{format}`, the template showing none.
    pub bm_dates_default: &'static str,
    /// The template's `{columns}` no field fills.
    pub bm_unknown_columns: &'static str,
    /// `{n}` problems the BM would refuse, before the list.
    pub bm_problems: &'static str,
    /// One problem: `{line}`, `{id}`, `{problem}`.
    pub bm_problem_line: &'static str,
    /// No Mobility activity ID.
    pub bm_no_activity_id: &'static str,
    /// A Mobility activity ID `{id}` used twice in the file.
    pub bm_duplicate_id: &'static str,
    /// No grant agreement number for the project.
    pub bm_no_grant_agreement: &'static str,
    /// `{organisation}` has no OID in the partners.
    pub bm_no_oid: &'static str,
    /// No main means of transport.
    pub bm_no_transport: &'static str,
    /// No `Data type` value found in the template.
    pub bm_no_data_type: &'static str,
    /// Column of the targets: days of activity, all participants together.
    pub total_days: &'static str,
    /// Heading of a project's budget view.
    pub budget_view: &'static str,
    /// A project with no unit costs for its call year: `{year}`, `{folder}`.
    pub budget_no_table_window: &'static str,
    /// Unit costs of the call year not checked.
    pub budget_unverified_window: &'static str,
    /// Unit costs of the call year checked.
    pub budget_verified_window: &'static str,
    /// Cost item: travel.
    pub budget_travel: &'static str,
    /// Cost item: individual support.
    pub budget_individual: &'static str,
    /// Cost item: organisational support.
    pub budget_organisational: &'static str,
    /// Cost item: inclusion support.
    pub budget_inclusion: &'static str,
    /// Cost item: course fees.
    pub budget_course_fees: &'static str,
    /// The estimate's total.
    pub budget_total: &'static str,
    /// The estimate exceeds the grant by…
    pub budget_over: &'static str,
    /// The grant exceeds the estimate by…
    pub budget_under: &'static str,
    /// `{n}` participants whose estimate is incomplete.
    pub budget_incomplete: Plural,
    /// Heading of the targets, implemented / planned.
    pub budget_targets_window: &'static str,
    /// Series of the chart: planned.
    pub budget_planned: &'static str,
    /// Series of the chart: implemented.
    pub budget_implemented: &'static str,
    /// Button: export the project's participants into a Beneficiary Module file.
    pub bm_export_button: &'static str,
    /// Hover text of the button.
    pub bm_export_tip: &'static str,
    /// Added to the template's name for the file written (`export-bm-vers-bm.xlsx`).
    pub bm_file_suffix: &'static str,
    /// Title of the report of an export into a BM file.
    pub bm_report_title: &'static str,
    /// Heading of the grant estimate; `{campus}`.
    pub budget_header: &'static str,
    /// One project of the estimate: `{reference}`, `{year}`, `{n}` participants, `{total}`.
    pub budget_project: &'static str,
    /// After the estimate of a project with a grant: `{grant}` awarded.
    pub budget_grant: &'static str,
    /// After a project whose call year's table was not checked.
    pub budget_unverified: &'static str,
    /// After a project with no table for its call year: `{year}`, `{folder}`.
    pub budget_no_table: &'static str,
    /// One participant: `{id}`, `{from}`, `{to}`, `{distance}`, `{travel}`, `{individual}`,
    /// `{organisational}`, `{inclusion}`, `{fees}`, `{total}`.
    pub budget_line: &'static str,
    /// A distance and its band: `{km}`, `{band}`.
    pub budget_km: &'static str,
    /// A distance that could not be measured: `{city}` not found.
    pub budget_distance_unknown: &'static str,
    /// The heading of a project's targets.
    pub budget_targets: &'static str,
    /// One target, planned / implemented: `{activity}`, `{participants}`, `{days}`,
    /// `{accompanying}`, `{fewer}`, `{green}`.
    pub budget_target_line: &'static str,
    /// A dropped unit-cost file that was not read: `{error}`.
    pub budget_table_error: &'static str,
    /// Label of the group size, before the « add a group » button.
    pub add_group: &'static str,
    /// Button: add `{n}` participants sharing the selected one's trip.
    pub add_group_like: &'static str,
    /// Button: add `{n}` new participants (none selected).
    pub add_group_new: &'static str,

    // Indicators and milestones.
    /// French: « Code ».
    pub code: &'static str,
    /// French: « Libellé ».
    pub label: &'static str,
    /// French: « Unité ».
    pub unit: &'static str,
    /// French: « Source ».
    pub source: &'static str,
    /// French: « Cible ».
    pub target: &'static str,
    /// French: « Valeurs annuelles ».
    pub values: &'static str,
    /// French: « Année ».
    pub year: &'static str,
    /// Said after an undo; `{where}` is the section it changed.
    pub undone: &'static str,
    /// Said after a redo; `{where}` is the section it changed.
    pub redone: &'static str,
    /// Button: add (or replace) the value of the year typed.
    pub add_value: &'static str,
    /// French: « Valeur ».
    pub value: &'static str,
    /// French: « Dernière valeur ».
    pub last_value: &'static str,
    /// French: « Date ».
    pub date: &'static str,

    // Enum labels, in the order of each enum's `ALL`.
    /// The label of each `PartnerKind` value.
    pub partner_kind_label: fn(crate::model::partner::PartnerKind) -> &'static str,
    /// The label of each `DecisionKind` value.
    pub decision_kind_label: fn(crate::model::label::DecisionKind) -> &'static str,
    /// The label of each `LabelCategory` value.
    pub category_label: fn(crate::model::label::LabelCategory) -> &'static str,
    /// The label of each `FormationStatus` value.
    pub formation_status_label: fn(crate::model::sector::FormationStatus) -> &'static str,
    /// The label of each `ActionStatus` value.
    pub action_status_label: fn(crate::model::action::ActionStatus) -> &'static str,
    /// The label of each `ActivityType` value.
    pub activity_label: fn(crate::model::mobility::ActivityType) -> &'static str,
    /// The label of each `ParticipantKind` value.
    pub participant_kind_label: fn(crate::model::mobility::ParticipantKind) -> &'static str,
    /// The label of each `Direction` value.
    pub direction_label: fn(crate::model::mobility::Direction) -> &'static str,
    /// The label of each `Transport` value.
    pub transport_label: fn(crate::model::mobility::Transport) -> &'static str,
    /// The label of each `KeyAction` value.
    pub key_action_label: fn(crate::model::project::KeyAction) -> &'static str,
    /// The label of each `ProjectRole` value.
    pub project_role_label: fn(crate::model::project::ProjectRole) -> &'static str,
    /// The label of each `IndicatorSource` value.
    pub source_label: fn(crate::model::indicator::IndicatorSource) -> &'static str,
    /// The label of each `MilestoneKind` value.
    pub milestone_kind_label: fn(crate::model::milestone::MilestoneKind) -> &'static str,
    /// The label of each `MilestoneStatus` value.
    pub milestone_status_label: fn(crate::model::milestone::MilestoneStatus) -> &'static str,

    // Sharing: merge and diff.
    /// `merge` needs three files: the ancestor, ours, theirs.
    pub usage_merge_needs_three: &'static str,
    /// `diff` needs two files (or git's seven diff-driver arguments).
    pub usage_diff_needs_two: &'static str,
    /// Merge refused: `{a}` and `{b}` are not versions of one dossier (campus `{x}`, `{y}`).
    pub merge_not_same_campus: &'static str,
    /// No common ancestor (`{file}` missing or empty): every difference is a conflict.
    pub merge_no_base: &'static str,
    /// A field changed both ways: `{place}`, `{field}`, `{ours}`, `{theirs}`, `{base}`.
    pub merge_conflict_field: &'static str,
    /// They deleted the record we changed: `{place}`.
    pub merge_conflict_deleted_by_them: &'static str,
    /// We deleted the record they changed: `{place}`.
    pub merge_conflict_deleted_by_us: &'static str,
    /// Without ancestor, a record only we have: `{place}`.
    pub merge_conflict_only_ours: &'static str,
    /// Without ancestor, a record only they have: `{place}`.
    pub merge_conflict_only_theirs: &'static str,
    /// Both sides added a record with one id; theirs got a new one: `{list}`, `{old}`, `{new}`, `{title}`.
    pub merge_renumbered: &'static str,
    /// An error the merge has that ours had not: `{error}`.
    pub merge_new_error: &'static str,
    /// Where a conflict is: the campus's identity.
    pub merge_place_campus: &'static str,
    /// Where a conflict is: the application's texts.
    pub merge_place_application: &'static str,
    /// A value that is not there (deleted, or never set).
    pub merge_absent: &'static str,
    /// An empty text, as a merge or a difference shows it.
    pub merge_empty: &'static str,
    /// After a merge that left the version open here as it was.
    pub merge_kept_mine: &'static str,
    /// After « Plus tard » on a conflict copy.
    pub merge_later_copy: &'static str,
    /// Where no ancestor file was named (`merge "" A B`).
    pub merge_no_file: &'static str,
    /// `diff`: the two versions hold the same.
    pub diff_none: &'static str,
    /// `diff`: a record only the second version has: `{place}`.
    pub diff_added: &'static str,
    /// `diff`: a record only the first version has: `{place}`.
    pub diff_removed: &'static str,
    /// `diff`: a record in both, changed: `{place}`.
    pub diff_changed: &'static str,
    /// `diff`: one field: `{field}`, `{before}`, `{after}`.
    pub diff_field: &'static str,
    /// Title of the merge view: another machine's version arrived.
    pub merge_in_title: &'static str,
    /// Body of the merge view; `{campus}`, `{n}` conflicts.
    pub merge_in_body: Plural,
    /// The merge view without a known common ancestor.
    pub merge_in_no_base: &'static str,
    /// Choice: keep the version open here; `{value}`.
    pub merge_mine: &'static str,
    /// Choice: take the other machine's version; `{value}`.
    pub merge_theirs: &'static str,
    /// Choice: type another value.
    pub merge_other: &'static str,
    /// A whole record, present on this side.
    pub merge_record_kept: &'static str,
    /// A whole record, deleted on this side.
    pub merge_record_deleted: &'static str,
    /// Button: keep mine for every conflict.
    pub merge_all_mine: &'static str,
    /// Button: take theirs for every conflict.
    pub merge_all_theirs: &'static str,
    /// Button: take the merge with the choices made.
    pub merge_apply: &'static str,
    /// Button: decide later (nothing merged, nothing written).
    pub merge_later: &'static str,
    /// After « Plus tard ».
    pub merge_later_message: &'static str,
    /// Status: another machine's changes merged silently; `{what}`.
    pub merge_received: &'static str,
    /// The file now holds another campus: `{file}`, `{theirs}`.
    pub merge_other_campus: &'static str,
    /// A read-only dossier read again after another window saved it.
    pub merge_reloaded: &'static str,
    /// An « Other » value that does not fit its field: `{place}`, `{value}`.
    pub merge_bad_value: &'static str,
    /// What came in: `{n}` records changed.
    pub merge_records: Plural,
    /// Under a dossier: a sync client's conflict copy; `{name}`.
    pub copy_line: &'static str,
    /// Button: merge a conflict copy into its dossier.
    pub copy_merge: &'static str,
    /// Tooltip of « Fusionner ».
    pub copy_merge_tip: &'static str,
    /// After a conflict copy was merged; `{file}`, `{folder}`.
    pub copy_set_aside: &'static str,
    /// Title of the journal section.
    pub journal_title: &'static str,
    /// Label of the name the saves are signed with.
    pub journal_name: &'static str,
    /// Button: sign the saves with this name.
    pub journal_keep: &'static str,
    /// Until a name is given.
    pub journal_off: &'static str,
    /// No line yet.
    pub journal_empty: &'static str,
    /// Damaged lines of the journal: `{lines}`.
    pub journal_damaged: &'static str,
    /// Column: when.
    pub journal_when: &'static str,
    /// Column: who.
    pub journal_who: &'static str,
    /// Column: which record.
    pub journal_what: &'static str,
    /// Column: which fields.
    pub journal_fields: &'static str,
    /// A record added: `{place}`.
    pub journal_added: &'static str,
    /// A record removed: `{place}`.
    pub journal_removed: &'static str,
    /// Status: the journal is kept under `{name}`.
    pub journal_started: &'static str,
}

impl Strings {
    /// The label of a record's field (its name in the file) as the forms show it; the name
    /// itself when the forms have none.
    pub fn field_label<'a>(&self, name: &'a str) -> &'a str {
        macro_rules! labels {
            ($($f:ident),*) => {
                match name {
                    $(stringify!($f) => self.$f,)*
                    _ => name,
                }
            };
        }
        if name == "directeur" {
            return self.director;
        }
        labels!(
            organisation,
            name,
            short_name,
            website,
            role,
            email,
            phone,
            commune,
            country,
            title,
            notes,
            city,
            status,
            start,
            end,
            date,
            code,
            label,
            kind,
            description,
            budget,
            lead,
            contacts,
            values,
            target,
            unit,
            uai,
            siret,
            president,
            academies,
            departure_city,
            activity_id,
            project,
            governance,
            oid,
            level,
            diploma,
            formations,
            category,
            duration_years,
            funder,
            lieu_de_vie
        )
    }

    /// A field path as the journal and `diff` write it (`contacts[Marie].email`), each field
    /// by its label: « Contacts \[Marie\] › E-mail ».
    pub fn field_path(&self, path: &str) -> String {
        path.split('.')
            .map(|part| match part.split_once('[') {
                Some(("", rest)) => format!("[{rest}"),
                Some((field, rest)) => format!("{} [{rest}", self.field_label(field)),
                None => self.field_label(part).to_owned(),
            })
            .collect::<Vec<_>>()
            .join(" › ")
    }

    /// A date and a time to the minute: « 6 février 2020, 14:32 ».
    pub fn date_time(&self, when: chrono::NaiveDateTime) -> String {
        format!("{}, {}", self.date(when.date()), when.format("%H:%M"))
    }

    /// A date the way this language writes it: « 6 février 2020 », « 1er mars 2021 ».
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike as _;
        let month = self
            .months
            .get(date.month0() as usize)
            .copied()
            .unwrap_or("");
        if date.day() == 1 && !self.first_day.is_empty() {
            format!("{} {month} {}", self.first_day, date.year())
        } else {
            format!("{} {month} {}", date.day(), date.year())
        }
    }

    /// The name of a national filière in this language.
    pub fn filiere_name(&self, f: &crate::model::reference::Filiere) -> &'static str {
        if self.english { f.name_en } else { f.name_fr }
    }

    /// Where a campus stands with its label, in a few words (« CMQ « excellence » jusqu'au
    /// 25 avril 2027 », « label CMQ expiré le 13 février 2021, non renouvelé »).
    pub fn label_status(&self, status: crate::rules::calendar::LabelStatus) -> String {
        use crate::rules::calendar::LabelStatus;
        match status {
            LabelStatus::Active {
                category,
                end: Some(end),
            } => fill(
                self.status_active,
                &[
                    ("category", (self.category_label)(category)),
                    ("end", &self.date(end)),
                ],
            ),
            LabelStatus::Active {
                category,
                end: None,
            } => fill(
                self.status_active_open,
                &[("category", (self.category_label)(category))],
            ),
            LabelStatus::Expired {
                category,
                end,
                withdrawn,
            } => fill(
                if withdrawn {
                    self.status_withdrawn
                } else {
                    self.status_expired
                },
                &[
                    ("category", (self.category_label)(category)),
                    ("end", &self.date(end)),
                ],
            ),
            LabelStatus::Gap { end, next } => fill(
                self.status_gap,
                &[("end", &self.date(end)), ("next", &self.date(next))],
            ),
            LabelStatus::Undated { category } => fill(
                self.status_undated,
                &[("category", (self.category_label)(category))],
            ),
            LabelStatus::None => self.status_none.to_owned(),
        }
    }

    /// An optional date, or « — ».
    pub fn opt_date(&self, date: Option<chrono::NaiveDate>) -> String {
        date.map_or_else(|| "—".to_owned(), |d| self.date(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_named_and_filled_once() {
        assert_eq!(
            fill(
                "« {file} » : {n} lignes",
                &[("n", "3"), ("file", "a{n}.csv")]
            ),
            "« a{n}.csv » : 3 lignes"
        );
        assert_eq!(fill("{absent} {", &[]), "{absent} {");
    }

    #[test]
    fn amounts_and_numbers_are_written_each_language_s_way() {
        let (fr, en) = (Lang::Fr.strings(), Lang::En.strings());
        assert_eq!(fr.money(125_000_000), "1\u{202f}250\u{202f}000,00 €");
        assert_eq!(fr.money(5), "0,05 €");
        assert_eq!(fr.money(-1_050), "-10,50 €");
        assert_eq!(en.money(125_000_000), "€1,250,000.00");
        assert_eq!(en.money(-1_050), "-€10.50");
        assert_eq!(fr.number(1800.0), "1800");
        assert_eq!(fr.number(52.8), "52,8");
        assert_eq!(en.number(52.8), "52.8");
    }

    #[test]
    fn field_paths_read_with_the_forms_labels() {
        let fr = Lang::Fr.strings();
        assert_eq!(fr.field_path("website"), "Site web");
        assert_eq!(
            fr.field_path("contacts[Marie Durand].email"),
            format!("{} [Marie Durand] › {}", fr.contacts, fr.email)
        );
        assert_eq!(
            fr.field_path("directeur.name"),
            format!("{} › {}", fr.director, fr.name)
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        let p = Plural {
            one: "{n} ligne",
            other: "{n} lignes",
        };
        assert_eq!(Lang::Fr.strings().count(&p, 0, &[]), "0 ligne");
        assert_eq!(Lang::Fr.strings().count(&p, 2, &[]), "2 lignes");
        assert_eq!(Lang::En.strings().count(&p, 0, &[]), "0 lignes");
        assert_eq!(Lang::En.strings().count(&p, 1, &[]), "1 ligne");
    }
}
