//! Realistic large dossiers for benchmarks: the example campus grown to the requested sizes, with
//! valid UAI and SIRET, varied names, dates, countries and yearly values.

use chrono::{Duration, NaiveDate};

use cmq_dossiers::model::Dossier;
use cmq_dossiers::model::identifiers::{Checked, Siret, Uai};
use cmq_dossiers::model::ids::{ActionId, IndicatorId, MobilityId, PartnerId};
use cmq_dossiers::store::{self, examples::EXAMPLES};

/// How big the dossier is.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Partners.
    pub partners: usize,
    /// Actions.
    pub actions: usize,
    /// Mobilities.
    pub mobilities: usize,
    /// Indicators.
    pub indicators: usize,
    /// Years of values per indicator.
    pub years: i32,
}

/// The sizes of the issue: 1 000 partners, 5 000 actions, 100 000 mobilities, 200 indicators × 10
/// years.
pub const LARGE: Size = Size {
    partners: 1000,
    actions: 5000,
    mobilities: 100_000,
    indicators: 200,
    years: 10,
};

const LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPRSTUVWXYZ";
const COUNTRIES: [&str; 8] = ["DE", "ES", "IT", "PT", "IE", "FI", "PL", "AT"];
/// Real cities of those countries (the gazetteer knows them), a few per country.
const CITIES: [[&str; 3]; 8] = [
    ["Stuttgart", "Munich", "Hamburg"],
    ["Bilbao", "Sevilla", "Valencia"],
    ["Turin", "Milano", "Napoli"],
    ["Porto", "Lisbon", "Braga"],
    ["Cork", "Dublin", "Galway"],
    ["Tampere", "Helsinki", "Oulu"],
    ["Wroclaw", "Krakow", "Gdansk"],
    ["Vienna", "Graz", "Linz"],
];

fn uai(n: usize) -> Checked<Uai> {
    let digits = format!("{:07}", 3_500_000 + n);
    let number: usize = digits.parse().unwrap_or(0);
    Checked::from_text(&format!("{digits}{}", char::from(LETTERS[number % 23])))
}

/// A SIRET passing Luhn: 13 digits then the check digit.
fn siret(n: usize) -> Checked<Siret> {
    let body = format!("{:013}", 1_935_000_000_000 + n * 7);
    for check in 0..10 {
        let candidate = format!("{body}{check}");
        if let Ok(s) = Siret::parse(&candidate) {
            return Checked::Valid(s);
        }
    }
    Checked::Empty
}

/// The example campus grown to `size`.
pub fn dossier(size: Size) -> Dossier {
    let text = EXAMPLES
        .iter()
        .find(|e| e.file_name == "campus-exemple.ron")
        .map(|e| e.text)
        .unwrap_or_default();
    let mut d = store::from_text(text)
        .map(|l| l.dossier)
        .unwrap_or_default();
    d.campus.name = "Campus de charge".into();
    d.campus.short_name = "Campus de charge".into();
    let partner_models = d.partners.clone();
    let action_models = d.actions.clone();
    let mobility_models = d.mobilities.clone();
    let indicator_models = d.indicators.clone();
    d.partners.clear();
    for i in 0..size.partners {
        let mut p = partner_models[i % partner_models.len()].clone();
        p.id = PartnerId(format!("P{}", i + 1));
        p.name = format!("{} {}", p.name, i + 1);
        p.uai = uai(i);
        p.siret = siret(i);
        d.partners.push(p);
    }
    d.actions.clear();
    for i in 0..size.actions {
        let mut a = action_models[i % action_models.len()].clone();
        a.id = ActionId(format!("A{}", i + 1));
        a.title = format!("{} n°{}", a.title, i + 1);
        a.lead = Some(PartnerId(format!("P{}", i % size.partners.max(1) + 1)));
        a.partners = vec![PartnerId(format!(
            "P{}",
            (i * 7) % size.partners.max(1) + 1
        ))];
        a.indicators.clear();
        d.actions.push(a);
    }
    d.mobilities.clear();
    let first = NaiveDate::from_ymd_opt(2021, 9, 1).unwrap_or_default();
    for i in 0..size.mobilities {
        let mut m = mobility_models[i % mobility_models.len()].clone();
        m.id = MobilityId(format!("M{}", i + 1));
        m.country = COUNTRIES[i % COUNTRIES.len()].into();
        m.city = CITIES[i % COUNTRIES.len()][(i / COUNTRIES.len()) % 3].into();
        m.receiving_org = format!("Entreprise d'accueil {}", i % 2000);
        let days = m.duration_days();
        m.start = first + Duration::days((i % 1500) as i64);
        m.end = m.start + Duration::days(days - 1);
        m.activity_id = format!("000001-MOB-{:05}", i + 1);
        d.mobilities.push(m);
    }
    d.indicators.clear();
    for i in 0..size.indicators {
        let mut ind = indicator_models[i % indicator_models.len()].clone();
        ind.id = IndicatorId(format!("I{}", i + 1));
        ind.code = format!("IND-{}", i + 1);
        ind.values = (0..size.years)
            .map(|y| (2017 + y, ((i * 13 + y as usize * 7) % 100) as f64))
            .collect();
        d.indicators.push(ind);
    }
    d
}
