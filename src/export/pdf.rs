//! PDF documents — the dossier summary and the labelling application — laid out by typst from
//! the template `assets/pdf/dossier.typ`, fed with the dossier as JSON data. Fonts (DejaVu Sans)
//! are embedded in the binary and in the PDF: no network, no system font.

use crate::i18n::{Lang, Strings, fill};
use chrono::{Datelike as _, NaiveDate};
use serde_json::{Value, json};
use typst::foundations::{Dict, IntoValue as _};
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;

use crate::model::Dossier;
use crate::model::label::LabelCategory;
use crate::model::reference;
use crate::rules::calendar::{CalendarRules, ItemKind, timeline};
use crate::rules::readiness::readiness;
use crate::rules::stats::MobilityStats;

const TEMPLATE: &str = include_str!("../../assets/pdf/dossier.typ");
/// DejaVu Sans for the text, then Noto Emoji (the font egui draws emoji with) for what DejaVu
/// lacks: an emoji prints as itself, in black and white, not as a box.
const FONTS: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/DejaVuSans-Oblique.ttf"),
    epaint_default_fonts::NOTO_EMOJI_REGULAR,
];

/// Which document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// The dossier summary (the sections chosen).
    Summary,
    /// The labelling application, in the order of an application file.
    Application,
}

/// The sections of the summary, in order, with their key in the template.
pub const SECTIONS: [(&str, &str); 8] = [
    ("identity", "Identité et label"),
    ("partners", "Partenaires"),
    ("formations", "Filières et formations"),
    ("actions", "Plan d'actions"),
    ("mobility", "Mobilité Erasmus+"),
    ("indicators", "Indicateurs"),
    ("timeline", "Calendrier"),
    ("readiness", "Grille de candidature"),
];

/// What to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdfOptions {
    /// Summary or application.
    pub document: Document,
    /// Landscape pages.
    pub landscape: bool,
    /// Keys of the summary's sections to include (see [`SECTIONS`]).
    pub sections: Vec<String>,
}

impl Default for PdfOptions {
    fn default() -> Self {
        Self {
            document: Document::Summary,
            landscape: false,
            sections: SECTIONS.iter().map(|(k, _)| (*k).to_owned()).collect(),
        }
    }
}

/// The most table rows one PDF holds. typst lays out a whole document in memory, about 0.13 MB
/// a row: 2 000 partners take 270 MB and 1 s, 5 000 take 590 MB and 2.2 s (release build,
/// 1 December 2026); a million would abort the process.
pub const MAX_ROWS: usize = 3_000;

/// The most characters of text one PDF holds (about 250 pages of prose), for the same reason:
/// 500 000 characters take 250 MB and 8 s, 2 million take 930 MB and 35 s.
pub const MAX_CHARS: usize = 500_000;

/// Why no PDF came out.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The sections chosen hold more table rows than [`MAX_ROWS`].
    #[error("{rows} table rows, more than {MAX_ROWS}")]
    TooManyRows {
        /// Rows the document would have.
        rows: usize,
    },
    /// The sections chosen hold more text than [`MAX_CHARS`].
    #[error("{chars} characters of text, more than {MAX_CHARS}")]
    TooMuchText {
        /// Characters the document would have.
        chars: usize,
    },
    /// The layout failed (a bug in the template, reported rather than hidden).
    #[error("layout: {0}")]
    Layout(String),
    /// The PDF writer failed.
    #[error("pdf: {0}")]
    Pdf(String),
}

impl PdfError {
    /// The error in the language of `s`.
    pub fn text(&self, s: &Strings) -> String {
        match self {
            Self::TooManyRows { rows } => fill(
                s.pdf_too_many_rows,
                &[
                    ("rows", &s.whole(*rows as u64)),
                    ("limit", &s.whole(MAX_ROWS as u64)),
                ],
            ),
            Self::TooMuchText { chars } => fill(
                s.pdf_too_much_text,
                &[
                    ("chars", &s.whole(*chars as u64)),
                    ("limit", &s.whole(MAX_CHARS as u64)),
                ],
            ),
            Self::Layout(reason) | Self::Pdf(reason) => {
                fill(s.export_pdf_failed, &[("reason", reason)])
            }
        }
    }
}

/// The PDF of `d` as seen on `today`; an error, never an abort, when the sections chosen are too
/// large to lay out ([`MAX_ROWS`], [`MAX_CHARS`]).
pub fn to_pdf(
    d: &Dossier,
    options: &PdfOptions,
    rules: &CalendarRules,
    today: NaiveDate,
) -> Result<Vec<u8>, PdfError> {
    let stats = MobilityStats::of(d);
    let rows = rows(d, options, &stats);
    if rows > MAX_ROWS {
        return Err(PdfError::TooManyRows { rows });
    }
    let mut data = data(d, options, rules, today, &stats);
    let chars = chars(&data);
    if chars > MAX_CHARS {
        return Err(PdfError::TooMuchText { chars });
    }
    printable(&mut data);
    let engine = TypstEngine::builder()
        .main_file(TEMPLATE)
        .fonts(FONTS)
        .build();
    let mut inputs = Dict::new();
    inputs.insert("data".into(), data.to_string().into_value());
    let doc: PagedDocument = engine
        .compile_with_input(inputs)
        .output
        .map_err(|e| PdfError::Layout(format!("{e:?}")))?;
    typst_pdf::pdf(&doc, &typst_pdf::PdfOptions::default())
        .map_err(|e| PdfError::Pdf(format!("{e:?}")))
}

/// Whether the document prints the section `key` (the application prints them all).
fn prints(options: &PdfOptions, key: &str) -> bool {
    options.document == Document::Application || options.sections.iter().any(|k| k == key)
}

/// The table rows of the sections printed, counted on the dossier before anything is laid out.
fn rows(d: &Dossier, options: &PdfOptions, stats: &MobilityStats) -> usize {
    let lists = [
        ("identity", d.label_decisions.len()),
        ("partners", d.partners.len()),
        (
            "formations",
            d.sectors.iter().map(|s| s.formations.len()).sum(),
        ),
        ("actions", d.actions.len()),
        ("mobility", stats.per_year.len() + stats.per_country.len()),
        ("indicators", d.indicators.len()),
        // The calendar's items: one mark each (typed milestones are unbounded).
        ("timeline", d.milestones.len() + d.label_decisions.len()),
    ];
    lists
        .into_iter()
        .filter(|(key, _)| prints(options, key))
        .fold(0, |sum, (_, n)| sum.saturating_add(n))
}

/// The characters of every text in the document's data.
fn chars(value: &Value) -> usize {
    match value {
        Value::String(s) => s.chars().count(),
        Value::Array(items) => items.iter().map(chars).fold(0, usize::saturating_add),
        Value::Object(fields) => fields.values().map(chars).fold(0, usize::saturating_add),
        _ => 0,
    }
}

/// A date the French way (« 1er février 2020 »), as the French window writes it.
fn fr(d: NaiveDate) -> String {
    Lang::Fr.strings().date(d)
}

fn opt(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".to_owned(), fr)
}

/// The template's data.
/// The document's data; lists of sections not printed are left empty.
fn data(
    d: &Dossier,
    options: &PdfOptions,
    rules: &CalendarRules,
    today: NaiveDate,
    stats: &MobilityStats,
) -> Value {
    let printed = |key: &str| prints(options, key);
    let c = &d.campus;
    let partner = |id: Option<&crate::model::ids::PartnerId>| {
        id.and_then(|id| d.partner(id))
            .map_or_else(|| "—".to_owned(), |p| p.name.clone())
    };
    let person = |name: &str, extra: &str| {
        if name.trim().is_empty() {
            "—".to_owned()
        } else if extra.is_empty() {
            name.to_owned()
        } else {
            format!("{name} ({extra})")
        }
    };
    let president_extra = match (c.president.organisation.as_str(), c.president.from_business) {
        ("", true) => "issu du monde économique".to_owned(),
        ("", false) => String::new(),
        (org, true) => format!("{org}, issu du monde économique"),
        (org, false) => org.to_owned(),
    };
    // The documents go to French authorities: always the French catalogue.
    let words = Lang::Fr.strings();
    let title = match options.document {
        Document::Summary => "Synthèse du dossier",
        Document::Application => "Dossier de candidature à la labellisation",
    };
    let t = timeline(d, rules, today);
    let (from, to) = {
        let mut lo = today;
        let mut hi = today;
        for p in &t.periods {
            lo = lo.min(p.start);
            hi = hi.max(p.end.unwrap_or(today));
        }
        for i in t.items.iter().filter(|i| i.kind != ItemKind::Action) {
            lo = lo.min(i.date);
            hi = hi.max(i.date);
        }
        (
            NaiveDate::from_ymd_opt(lo.year(), 1, 1).unwrap_or(lo),
            NaiveDate::from_ymd_opt(hi.year() + 1, 1, 1).unwrap_or(hi),
        )
    };
    let span = (to - from).num_days().max(1) as f64;
    let at = |x: NaiveDate| ((x - from).num_days() as f64 / span).clamp(0.0, 1.0);
    let mut countries: Vec<(&String, &u64)> = stats.per_country.iter().collect();
    countries.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let per_country: Vec<Value> = countries
        .into_iter()
        .filter(|_| printed("mobility"))
        .map(|(c, n)| json!({"country": c, "n": n}))
        .collect();
    let r = readiness(d);
    let (cmq, cmq_max) = r.met(LabelCategory::Cmq);
    let (exc, exc_max) = r.met(LabelCategory::Excellence);
    json!({
        "title": title,
        "document": match options.document { Document::Summary => "summary", Document::Application => "application" },
        "landscape": options.landscape,
        "sections": options.sections,
        "generated": fr(today),
        "campus": {
            "name": c.name,
            "short": c.display_name(),
            "excellence": t.label.category() == Some(LabelCategory::Excellence),
            "label_status": words.label_status(t.label),
            "region": reference::region(&c.region_academique).map_or(c.region_academique.as_str(), |r| r.name),
            "academies": c.academies.iter().map(|a| reference::academie(a).map_or(a.as_str(), |x| x.name)).collect::<Vec<_>>().join(", "),
            "filiere": reference::filiere(&c.secteur).map_or(c.secteur.as_str(), |f| f.name_fr),
            "support": partner(c.etablissement_support.as_ref()),
            "director": person(&c.directeur.name, &c.directeur.email),
            "president": person(&c.president.name, &president_extra),
            "website": if c.website.is_empty() { "—" } else { c.website.as_str() },
            "lieu_de_vie": c.lieu_de_vie,
        },
        "governance": if options.document == Document::Application { d.partners.iter().filter(|p| p.governance).map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ") } else { String::new() },
        "decisions": d.label_decisions.iter().filter(|_| printed("identity")).map(|x| json!({
            "date": opt(x.date), "kind": (words.decision_kind_label)(x.kind), "category": (words.category_label)(x.category),
            "duration": x.duration_years.map_or_else(|| "—".to_owned(), |y| format!("{y} ans")),
            "end": opt(x.end_date()), "reference": x.reference,
        })).collect::<Vec<_>>(),
        "partners": d.partners.iter().filter(|_| printed("partners")).map(|p| json!({
            "name": p.name, "kind": (words.partner_kind_label)(p.kind), "commune": p.commune, "country": p.country,
            "uai": p.uai.text(), "siret": p.siret.text(), "governance": if p.governance { "oui" } else { "" },
        })).collect::<Vec<_>>(),
        "formations": d.sectors.iter().filter(|_| printed("formations")).flat_map(|s| s.formations.iter().map(move |f| json!({
            "sector": s.name, "diploma": f.diploma, "level": f.level.to_string(),
            "status": (words.formation_status_label)(f.status),
            "etablissement": partner(f.etablissement.as_ref()),
        }))).collect::<Vec<_>>(),
        "actions": d.actions.iter().filter(|_| printed("actions")).map(|a| json!({
            "axis": a.axis, "title": a.title, "lead": partner(a.lead.as_ref()),
            "start": a.start.map_or_else(String::new, |x| x.format("%d/%m/%Y").to_string()),
            "end": a.end.map_or_else(String::new, |x| x.format("%d/%m/%Y").to_string()),
            "status": (words.action_status_label)(a.status),
            "budget": words.money(a.total_cents()),
        })).collect::<Vec<_>>(),
        "budget_total": words.money(d.actions.iter().fold(0i64, |s, a| s.saturating_add(a.total_cents()))),
        "mobility": {
            "total": stats.per_year.values().map(|(l, s)| *l + *s).sum::<u64>(),
            "per_year": stats.per_year.iter().filter(|_| printed("mobility")).map(|(y, (l, s))| json!({"year": y.to_string(), "learners": l, "staff": s})).collect::<Vec<_>>(),
            "per_country": per_country,
        },
        "indicators": d.indicators.iter().filter(|_| printed("indicators")).map(|i| json!({
            "code": i.code, "label": i.label, "unit": i.unit,
            "target": i.target.map_or_else(|| "—".to_owned(), |t| words.number(t)),
            "values": i.values.iter().map(|(y, v)| format!("{y} : {}", words.number(*v))).collect::<Vec<_>>().join(" · "),
        })).collect::<Vec<_>>(),
        "timeline": {
            "today": at(today),
            "years": (from.year()..to.year()).filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1)).map(|x| json!({"year": x.year(), "at": at(x)})).collect::<Vec<_>>(),
            "periods": t.periods.iter().map(|p| json!({
                "from": at(p.start), "to": at(p.end.unwrap_or(to)),
                "excellence": p.category == LabelCategory::Excellence,
                "label": format!("{} · {}", (words.category_label)(p.category), p.start.year()),
            })).collect::<Vec<_>>(),
            "items": t.items.iter().filter(|i| i.kind != ItemKind::Action && i.kind != ItemKind::Reminder).map(|i| json!({
                "at": at(i.date), "date": fr(i.date), "title": (words.item_title)(&i.title),
                "status": serde_json::to_value(i.status).unwrap_or(Value::Null),
                "status_fr": (words.item_status_label)(i.status),
            })).collect::<Vec<_>>(),
        },
        "readiness": {
            "version": fill(words.criteria_version, &[("n", &r.version.to_string())]),
            "met": fill(words.readiness_scores, &[("cmq", &cmq.to_string()), ("cmq_max", &cmq_max.to_string()), ("exc", &exc.to_string()), ("exc_max", &exc_max.to_string())]),
            "items": r.items.iter().map(|a| json!({
                "part": (words.part_label)(a.criterion.part),
                "source": (words.source_text)(&a.criterion.source),
                "level": serde_json::to_value(a.level).unwrap_or(Value::Null),
                "level_fr": (words.readiness_level_label)(a.level),
                "title": (words.criterion_title)(a.criterion.check),
                "evidence": a.evidence.iter().map(|e| (words.evidence)(e)).collect::<Vec<_>>().join(" ; "),
                "advice": a.advice.map_or("", |x| (words.advice)(x)),
            })).collect::<Vec<_>>(),
        },
        // Only the application prints them.
        "texts": if options.document == Document::Application { json!({
            "opportunite": d.application.opportunite,
            "offre_formation": d.application.offre_formation,
            "partenariats": d.application.partenariats,
            "projet_pedagogique": d.application.projet_pedagogique,
            "pilotage": d.application.pilotage,
            "international": d.application.international,
            "plan_actions": d.application.plan_actions,
        }) } else { json!({}) },
    })
}

/// A word longer than this (a URL, a run of letters) gets break opportunities: no table cell
/// is pushed past the margin.
const LONGEST_WORD: usize = 30;
/// Combining marks kept on one letter (real text uses one or two; 2 000 draw a stripe).
const MARKS_PER_LETTER: usize = 3;

/// Makes every text of the document's data printable as it is meant: long words get invisible
/// break opportunities (U+200B) every [`LONGEST_WORD`] characters, and a letter keeps at most
/// [`MARKS_PER_LETTER`] combining marks.
fn printable(value: &mut Value) {
    match value {
        Value::String(s) => *s = printable_text(s),
        Value::Array(items) => items.iter_mut().for_each(printable),
        Value::Object(fields) => fields.values_mut().for_each(printable),
        _ => {}
    }
}

fn printable_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let (mut run, mut marks) = (0_usize, 0_usize);
    for c in s.chars() {
        if is_combining(c) {
            marks += 1;
            if marks <= MARKS_PER_LETTER {
                out.push(c);
            }
            continue;
        }
        marks = 0;
        if c.is_whitespace() {
            run = 0;
        } else {
            run += 1;
            if run > LONGEST_WORD {
                out.push('\u{200b}');
                run = 1;
            }
        }
        out.push(c);
    }
    out
}

/// The combining diacritical marks' blocks.
fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}')
}
