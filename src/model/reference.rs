//! National reference tables: régions académiques, académies, the 12 filières, countries.
//!
//! These are data, not enums: a dossier stores the *code* (INSEE region code, BCN académie code,
//! filière slug, ISO 3166-1 country code) and looks the rest up here. Sources are given in
//! `shared/domain.md` §3 and §4.3 (académies as of 1 January 2020).

/// A région académique (13 in metropolitan France, 5 overseas), or a vice-rectorat of the
/// Pacific or of Saint-Pierre-et-Miquelon, which stands in its place for the campuses there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionAcademique {
    /// INSEE code, as stored in a dossier: the region's (`"27"`), or for a vice-rectorat its
    /// collectivity's (`"987"` for French Polynesia).
    pub code: &'static str,
    /// French name.
    pub name: &'static str,
    /// A vice-rectorat, not a région académique.
    pub vice_rectorat: bool,
}

/// An académie (or vice-rectorat), within a région académique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Academie {
    /// BCN code, as stored in a dossier (`"03"`).
    pub code: &'static str,
    /// French name.
    pub name: &'static str,
    /// Code of the région académique it belongs to (for a vice-rectorat, the code it has in
    /// [`REGIONS`]).
    pub region: Option<&'static str>,
}

/// One of the 12 national filières under which every CMQ is classified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Filiere {
    /// Stable slug stored in a dossier (`"numerique"`).
    pub code: &'static str,
    /// Label as on education.gouv.fr.
    pub name_fr: &'static str,
    /// English label.
    pub name_en: &'static str,
}

/// A country, for partners and Erasmus+ mobilities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, stored in a dossier (`"DE"`).
    pub code: &'static str,
    /// French name.
    pub name_fr: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// Erasmus+ country group for individual support (1, 2 or 3), when it is a programme country.
    pub erasmus_group: Option<u8>,
}

/// The 18 régions académiques.
pub const REGIONS: &[RegionAcademique] = &[
    RegionAcademique {
        code: "84",
        name: "Auvergne-Rhône-Alpes",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "27",
        name: "Bourgogne-Franche-Comté",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "53",
        name: "Bretagne",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "24",
        name: "Centre-Val de Loire",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "94",
        name: "Corse",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "44",
        name: "Grand Est",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "32",
        name: "Hauts-de-France",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "11",
        name: "Île-de-France",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "28",
        name: "Normandie",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "75",
        name: "Nouvelle-Aquitaine",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "76",
        name: "Occitanie",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "52",
        name: "Pays de la Loire",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "93",
        name: "Provence-Alpes-Côte d'Azur",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "01",
        name: "Guadeloupe",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "02",
        name: "Martinique",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "03",
        name: "Guyane",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "04",
        name: "La Réunion",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "06",
        name: "Mayotte",
        vice_rectorat: false,
    },
    RegionAcademique {
        code: "988",
        name: "Nouvelle-Calédonie (vice-rectorat)",
        vice_rectorat: true,
    },
    RegionAcademique {
        code: "987",
        name: "Polynésie française (vice-rectorat)",
        vice_rectorat: true,
    },
    RegionAcademique {
        code: "986",
        name: "Wallis-et-Futuna (vice-rectorat)",
        vice_rectorat: true,
    },
    RegionAcademique {
        code: "975",
        name: "Saint-Pierre-et-Miquelon (vice-rectorat)",
        vice_rectorat: true,
    },
];

/// The 30 académies, then the 4 vice-rectorats (each its own entry of [`REGIONS`] too).
pub const ACADEMIES: &[Academie] = &[
    Academie {
        code: "06",
        name: "Clermont-Ferrand",
        region: Some("84"),
    },
    Academie {
        code: "08",
        name: "Grenoble",
        region: Some("84"),
    },
    Academie {
        code: "10",
        name: "Lyon",
        region: Some("84"),
    },
    Academie {
        code: "03",
        name: "Besançon",
        region: Some("27"),
    },
    Academie {
        code: "07",
        name: "Dijon",
        region: Some("27"),
    },
    Academie {
        code: "14",
        name: "Rennes",
        region: Some("53"),
    },
    Academie {
        code: "18",
        name: "Orléans-Tours",
        region: Some("24"),
    },
    Academie {
        code: "27",
        name: "Corse",
        region: Some("94"),
    },
    Academie {
        code: "12",
        name: "Nancy-Metz",
        region: Some("44"),
    },
    Academie {
        code: "19",
        name: "Reims",
        region: Some("44"),
    },
    Academie {
        code: "15",
        name: "Strasbourg",
        region: Some("44"),
    },
    Academie {
        code: "20",
        name: "Amiens",
        region: Some("32"),
    },
    Academie {
        code: "09",
        name: "Lille",
        region: Some("32"),
    },
    Academie {
        code: "24",
        name: "Créteil",
        region: Some("11"),
    },
    Academie {
        code: "01",
        name: "Paris",
        region: Some("11"),
    },
    Academie {
        code: "25",
        name: "Versailles",
        region: Some("11"),
    },
    Academie {
        code: "70",
        name: "Normandie",
        region: Some("28"),
    },
    Academie {
        code: "04",
        name: "Bordeaux",
        region: Some("75"),
    },
    Academie {
        code: "22",
        name: "Limoges",
        region: Some("75"),
    },
    Academie {
        code: "13",
        name: "Poitiers",
        region: Some("75"),
    },
    Academie {
        code: "11",
        name: "Montpellier",
        region: Some("76"),
    },
    Academie {
        code: "16",
        name: "Toulouse",
        region: Some("76"),
    },
    Academie {
        code: "17",
        name: "Nantes",
        region: Some("52"),
    },
    Academie {
        code: "02",
        name: "Aix-Marseille",
        region: Some("93"),
    },
    Academie {
        code: "23",
        name: "Nice",
        region: Some("93"),
    },
    Academie {
        code: "32",
        name: "Guadeloupe",
        region: Some("01"),
    },
    Academie {
        code: "31",
        name: "Martinique",
        region: Some("02"),
    },
    Academie {
        code: "33",
        name: "Guyane",
        region: Some("03"),
    },
    Academie {
        code: "28",
        name: "La Réunion",
        region: Some("04"),
    },
    Academie {
        code: "43",
        name: "Mayotte",
        region: Some("06"),
    },
    Academie {
        code: "40",
        name: "Nouvelle-Calédonie (vice-rectorat)",
        region: Some("988"),
    },
    Academie {
        code: "41",
        name: "Polynésie française (vice-rectorat)",
        region: Some("987"),
    },
    Academie {
        code: "42",
        name: "Wallis-et-Futuna (vice-rectorat)",
        region: Some("986"),
    },
    Academie {
        code: "44",
        name: "Saint-Pierre-et-Miquelon (vice-rectorat)",
        region: Some("975"),
    },
];

/// The 12 national filières.
pub const FILIERES: &[Filiere] = &[
    Filiere {
        code: "mobilite",
        name_fr: "Mobilité, aéronautique, transports terrestres et maritimes",
        name_en: "Mobility, aeronautics, land and sea transport",
    },
    Filiere {
        code: "tourisme-gastronomie",
        name_fr: "Tourisme, gastronomie",
        name_en: "Tourism, gastronomy",
    },
    Filiere {
        code: "creation-design",
        name_fr: "Création, design, audiovisuel",
        name_en: "Creation, design, audiovisual",
    },
    Filiere {
        code: "chimie-biotechnologies",
        name_fr: "Chimie et biotechnologies",
        name_en: "Chemistry and biotechnology",
    },
    Filiere {
        code: "materiaux",
        name_fr: "Matériaux, matériaux innovants",
        name_en: "Materials, innovative materials",
    },
    Filiere {
        code: "infrastructures-batiment",
        name_fr: "Infrastructures, bâtiment, éco-construction",
        name_en: "Infrastructure, building, eco-construction",
    },
    Filiere {
        code: "transition-energetique",
        name_fr: "Transition énergétique, éco-industrie",
        name_en: "Energy transition, eco-industry",
    },
    Filiere {
        code: "systemes-innovants",
        name_fr: "Systèmes innovants, mécatronique",
        name_en: "Innovative systems, mechatronics",
    },
    Filiere {
        code: "services-personne",
        name_fr: "Services à la personne, bien-être",
        name_en: "Personal services, well-being",
    },
    Filiere {
        code: "services-entreprises",
        name_fr: "Services aux entreprises, logistique",
        name_en: "Business services, logistics",
    },
    Filiere {
        code: "alimentaire",
        name_fr: "Alimentaire, agroalimentaire",
        name_en: "Food, agri-food",
    },
    Filiere {
        code: "numerique",
        name_fr: "Numérique, télécommunications",
        name_en: "Digital, telecommunications",
    },
];

/// Countries a partner or a mobility commonly names: the Erasmus+ programme countries (with
/// their individual-support group, `shared/domain.md` §5.4) and frequent partner countries.
pub const COUNTRIES: &[Country] = &[
    Country {
        code: "FR",
        name_fr: "France",
        name_en: "France",
        erasmus_group: Some(2),
    },
    Country {
        code: "AT",
        name_fr: "Autriche",
        name_en: "Austria",
        erasmus_group: Some(2),
    },
    Country {
        code: "BE",
        name_fr: "Belgique",
        name_en: "Belgium",
        erasmus_group: Some(2),
    },
    Country {
        code: "BG",
        name_fr: "Bulgarie",
        name_en: "Bulgaria",
        erasmus_group: Some(3),
    },
    Country {
        code: "CY",
        name_fr: "Chypre",
        name_en: "Cyprus",
        erasmus_group: Some(2),
    },
    Country {
        code: "CZ",
        name_fr: "Tchéquie",
        name_en: "Czechia",
        erasmus_group: Some(3),
    },
    Country {
        code: "DE",
        name_fr: "Allemagne",
        name_en: "Germany",
        erasmus_group: Some(2),
    },
    Country {
        code: "DK",
        name_fr: "Danemark",
        name_en: "Denmark",
        erasmus_group: Some(1),
    },
    Country {
        code: "EE",
        name_fr: "Estonie",
        name_en: "Estonia",
        erasmus_group: Some(3),
    },
    Country {
        code: "EL",
        name_fr: "Grèce",
        name_en: "Greece",
        erasmus_group: Some(2),
    },
    Country {
        code: "ES",
        name_fr: "Espagne",
        name_en: "Spain",
        erasmus_group: Some(2),
    },
    Country {
        code: "FI",
        name_fr: "Finlande",
        name_en: "Finland",
        erasmus_group: Some(1),
    },
    Country {
        code: "HR",
        name_fr: "Croatie",
        name_en: "Croatia",
        erasmus_group: Some(3),
    },
    Country {
        code: "HU",
        name_fr: "Hongrie",
        name_en: "Hungary",
        erasmus_group: Some(3),
    },
    Country {
        code: "IE",
        name_fr: "Irlande",
        name_en: "Ireland",
        erasmus_group: Some(1),
    },
    Country {
        code: "IS",
        name_fr: "Islande",
        name_en: "Iceland",
        erasmus_group: Some(1),
    },
    Country {
        code: "IT",
        name_fr: "Italie",
        name_en: "Italy",
        erasmus_group: Some(2),
    },
    Country {
        code: "LI",
        name_fr: "Liechtenstein",
        name_en: "Liechtenstein",
        erasmus_group: Some(1),
    },
    Country {
        code: "LT",
        name_fr: "Lituanie",
        name_en: "Lithuania",
        erasmus_group: Some(3),
    },
    Country {
        code: "LU",
        name_fr: "Luxembourg",
        name_en: "Luxembourg",
        erasmus_group: Some(1),
    },
    Country {
        code: "LV",
        name_fr: "Lettonie",
        name_en: "Latvia",
        erasmus_group: Some(3),
    },
    Country {
        code: "MK",
        name_fr: "Macédoine du Nord",
        name_en: "North Macedonia",
        erasmus_group: Some(3),
    },
    Country {
        code: "MT",
        name_fr: "Malte",
        name_en: "Malta",
        erasmus_group: Some(2),
    },
    Country {
        code: "NL",
        name_fr: "Pays-Bas",
        name_en: "Netherlands",
        erasmus_group: Some(2),
    },
    Country {
        code: "NO",
        name_fr: "Norvège",
        name_en: "Norway",
        erasmus_group: Some(1),
    },
    Country {
        code: "PL",
        name_fr: "Pologne",
        name_en: "Poland",
        erasmus_group: Some(3),
    },
    Country {
        code: "PT",
        name_fr: "Portugal",
        name_en: "Portugal",
        erasmus_group: Some(2),
    },
    Country {
        code: "RO",
        name_fr: "Roumanie",
        name_en: "Romania",
        erasmus_group: Some(3),
    },
    Country {
        code: "RS",
        name_fr: "Serbie",
        name_en: "Serbia",
        erasmus_group: Some(3),
    },
    Country {
        code: "SE",
        name_fr: "Suède",
        name_en: "Sweden",
        erasmus_group: Some(1),
    },
    Country {
        code: "SI",
        name_fr: "Slovénie",
        name_en: "Slovenia",
        erasmus_group: Some(3),
    },
    Country {
        code: "SK",
        name_fr: "Slovaquie",
        name_en: "Slovakia",
        erasmus_group: Some(3),
    },
    Country {
        code: "TR",
        name_fr: "Turquie",
        name_en: "Türkiye",
        erasmus_group: Some(3),
    },
    Country {
        code: "CH",
        name_fr: "Suisse",
        name_en: "Switzerland",
        erasmus_group: None,
    },
    Country {
        code: "GB",
        name_fr: "Royaume-Uni",
        name_en: "United Kingdom",
        erasmus_group: None,
    },
    Country {
        code: "MA",
        name_fr: "Maroc",
        name_en: "Morocco",
        erasmus_group: None,
    },
    Country {
        code: "TN",
        name_fr: "Tunisie",
        name_en: "Tunisia",
        erasmus_group: None,
    },
    Country {
        code: "SN",
        name_fr: "Sénégal",
        name_en: "Senegal",
        erasmus_group: None,
    },
    Country {
        code: "CA",
        name_fr: "Canada",
        name_en: "Canada",
        erasmus_group: None,
    },
    Country {
        code: "US",
        name_fr: "États-Unis",
        name_en: "United States",
        erasmus_group: None,
    },
    Country {
        code: "JP",
        name_fr: "Japon",
        name_en: "Japan",
        erasmus_group: None,
    },
];

/// The région académique with this INSEE code.
pub fn region(code: &str) -> Option<&'static RegionAcademique> {
    REGIONS.iter().find(|r| r.code == code)
}

/// The académie with this BCN code.
pub fn academie(code: &str) -> Option<&'static Academie> {
    ACADEMIES.iter().find(|a| a.code == code)
}

/// The filière with this slug.
pub fn filiere(code: &str) -> Option<&'static Filiere> {
    FILIERES.iter().find(|f| f.code == code)
}

/// The country with this ISO code, if it is in [`COUNTRIES`].
pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code == code)
}

/// True for a well-formed ISO 3166-1 alpha-2 code (two upper-case ASCII letters).
/// Erasmus+ writes Greece `EL`, which is accepted too.
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_have_the_national_counts() {
        assert_eq!(REGIONS.iter().filter(|r| !r.vice_rectorat).count(), 18);
        assert_eq!(REGIONS.iter().filter(|r| r.vice_rectorat).count(), 4);
        assert_eq!(ACADEMIES.len(), 34);
        assert_eq!(FILIERES.len(), 12);
        for a in ACADEMIES {
            let r = a.region.and_then(region);
            assert!(r.is_some(), "{} belongs to no known région", a.name);
            // A vice-rectorat is its own « région »; an académie belongs to a real one.
            assert_eq!(
                r.is_some_and(|r| r.vice_rectorat),
                a.name.contains("vice-rectorat"),
                "{}",
                a.name
            );
        }
    }
}
