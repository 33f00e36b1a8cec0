//! What each kind of record can receive from a source column, with the header names (French
//! and English) a column is recognised by.

use super::records::{ImportVisitor, Importable, with_importer};
use crate::model::ListKind;
use crate::model::text::compact;

/// How a field reads its cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// Free text.
    Text,
    /// A number (French decimal comma accepted).
    Number,
    /// A date.
    Date,
    /// Yes or no.
    Flag,
    /// One of a list of labels (type, status…).
    Choice,
    /// An identifier checked by the model (UAI, SIRET).
    Identifier,
}

/// A target field of an import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Key in a saved mapping (`uai`).
    pub key: &'static str,
    /// French label.
    pub label_fr: &'static str,
    /// English label.
    pub label_en: &'static str,
    /// How the cell is read.
    pub ty: FieldType,
    /// A row without it is rejected.
    pub required: bool,
    /// Header names that map to it, compared without case, accents or punctuation.
    pub synonyms: &'static [&'static str],
}

const fn f(
    key: &'static str,
    label_fr: &'static str,
    label_en: &'static str,
    ty: FieldType,
    synonyms: &'static [&'static str],
) -> Field {
    Field {
        key,
        label_fr,
        label_en,
        ty,
        required: false,
        synonyms,
    }
}

const fn required(field: Field) -> Field {
    Field {
        required: true,
        ..field
    }
}

use FieldType::{Choice, Date, Flag, Identifier, Number, Text};

pub(super) const PARTNER_FIELDS: &[Field] = &[
    required(f(
        "name",
        "Nom",
        "Name",
        Text,
        &[
            "nom",
            "nom etablissement",
            "nom de l etablissement",
            "appellation officielle",
            "denomination",
            "raison sociale",
            "name",
            "partenaire",
            "nom du partenaire",
            "organisme",
            "organisation",
            "etablissement",
        ],
    )),
    f(
        "kind",
        "Type",
        "Kind",
        Choice,
        &[
            "type",
            "type etablissement",
            "type de partenaire",
            "type partenaire",
            "nature",
            "libelle nature",
            "kind",
            "categorie",
        ],
    ),
    f(
        "voie_pro",
        "Voie professionnelle (précise le type)",
        "Vocational track (refines the kind)",
        Flag,
        &["voie professionnelle", "voie pro"],
    ),
    f(
        "commune",
        "Commune",
        "Town",
        Text,
        &[
            "commune",
            "nom commune",
            "libelle commune",
            "ville",
            "localite",
            "city",
            "town",
        ],
    ),
    f(
        "country",
        "Pays",
        "Country",
        Text,
        &["pays", "code pays", "country"],
    ),
    f(
        "uai",
        "UAI",
        "UAI",
        Identifier,
        &[
            "uai",
            "code uai",
            "numero uai",
            "rne",
            "code rne",
            "identifiant de l etablissement",
            "numero d etablissement",
        ],
    ),
    f(
        "siret",
        "SIRET",
        "SIRET",
        Identifier,
        &[
            "siret",
            "siren siret",
            "numero siret",
            "n siret",
            "no siret",
        ],
    ),
    f(
        "oid",
        "OID Erasmus+",
        "Erasmus+ OID",
        Identifier,
        &[
            "oid",
            "oid erasmus",
            "organisation id",
            "organisation oid",
            "receiving organisation oid",
        ],
    ),
    f(
        "role",
        "Rôle",
        "Role",
        Text,
        &["role", "role dans le campus", "role campus"],
    ),
    f(
        "convention",
        "Convention signée le",
        "Agreement signed on",
        Date,
        &[
            "convention signee le",
            "date de signature",
            "date convention",
            "date de la convention",
            "convention",
        ],
    ),
    f(
        "governance",
        "Gouvernance",
        "Governance",
        Flag,
        &["gouvernance", "governance", "comite de pilotage", "copil"],
    ),
    f(
        "contact_name",
        "Contact : nom",
        "Contact: name",
        Text,
        &["contact", "nom du contact", "interlocuteur", "referent"],
    ),
    f(
        "contact_role",
        "Contact : fonction",
        "Contact: role",
        Text,
        &["fonction", "fonction du contact", "qualite"],
    ),
    f(
        "contact_email",
        "Contact : courriel",
        "Contact: e-mail",
        Text,
        &[
            "mail",
            "email",
            "e mail",
            "courriel",
            "adresse mail",
            "adresse electronique",
        ],
    ),
    f(
        "contact_phone",
        "Contact : téléphone",
        "Contact: phone",
        Text,
        &["telephone", "tel", "phone", "numero de telephone"],
    ),
];

pub(super) const ACTION_FIELDS: &[Field] = &[
    f(
        "axis",
        "Axe",
        "Axis",
        Text,
        &["axe", "axe strategique", "axis"],
    ),
    required(f(
        "title",
        "Titre",
        "Title",
        Text,
        &["titre", "intitule", "action", "nom de l action", "title"],
    )),
    f(
        "description",
        "Description",
        "Description",
        Text,
        &["description", "objectifs", "contenu"],
    ),
    f(
        "lead",
        "Pilote (nom, UAI ou SIRET d'un partenaire)",
        "Lead (partner name, UAI or SIRET)",
        Text,
        &["pilote", "porteur", "responsable", "chef de file", "lead"],
    ),
    f(
        "start",
        "Début",
        "Start",
        Date,
        &[
            "debut",
            "date de debut",
            "date debut",
            "start",
            "start date",
        ],
    ),
    f(
        "end",
        "Fin",
        "End",
        Date,
        &["fin", "date de fin", "date fin", "end", "end date"],
    ),
    f(
        "status",
        "Statut",
        "Status",
        Choice,
        &["statut", "etat", "avancement", "status"],
    ),
    f(
        "funder",
        "Financeur",
        "Funder",
        Text,
        &["financeur", "source de financement", "funder"],
    ),
    f(
        "amount",
        "Budget (€)",
        "Budget (€)",
        Number,
        &["budget", "montant", "cout", "amount", "budget total"],
    ),
];

pub(super) const MOBILITY_FIELDS: &[Field] = &[
    f(
        "data_type",
        "Type de ligne (Beneficiary Module)",
        "Data type",
        Text,
        &["data type", "type de ligne"],
    ),
    f(
        "reference",
        "Projet (numéro)",
        "Project code",
        Text,
        &[
            "projet",
            "project code",
            "numero de projet",
            "reference",
            "project",
            "project number",
            "project id",
            "project reference",
            "grant agreement no",
            "grant agreement number",
        ],
    ),
    f(
        "activity_id",
        "ID d'activité de mobilité",
        "Mobility activity ID",
        Text,
        &[
            "mobility activity id",
            "id d activite de mobilite",
            "mobility id",
            "activity id",
        ],
    ),
    f(
        "name",
        "Participant (nom)",
        "Participant",
        Text,
        &[
            "participant",
            "participant name",
            "nom",
            "nom du participant",
        ],
    ),
    f(
        "activity",
        "Activité",
        "Activity type",
        Choice,
        &[
            "activite",
            "activity type",
            "type d activite",
            "type de mobilite",
            "activity",
            "activity type code",
        ],
    ),
    f(
        "participant",
        "Public (apprenant, personnel, accompagnateur…)",
        "Participant category",
        Choice,
        &[
            "public",
            "participant category",
            "categorie de participants",
            "participant type",
        ],
    ),
    f(
        "direction",
        "Sens (sortante, entrante)",
        "Direction",
        Choice,
        &["sens", "direction", "flux"],
    ),
    f(
        "sending",
        "Organisme d'envoi",
        "Sending organisation",
        Text,
        &[
            "organisme d envoi",
            "sending organisation",
            "sending organization",
            "etablissement d envoi",
        ],
    ),
    f(
        "receiving",
        "Organisme d'accueil",
        "Receiving organisation",
        Text,
        &[
            "organisme d accueil",
            "receiving organisation",
            "receiving organization",
            "structure d accueil",
            "entreprise d accueil",
        ],
    ),
    f(
        "departure_country",
        "Pays de départ",
        "Sending country",
        Text,
        &["pays de depart", "sending country", "country of origin"],
    ),
    f(
        "departure_city",
        "Ville de départ",
        "Sending city",
        Text,
        &["ville de depart", "sending city", "city of origin"],
    ),
    required(f(
        "country",
        "Pays d'accueil",
        "Receiving country",
        Text,
        &[
            "pays",
            "receiving country",
            "pays d accueil",
            "country",
            "country of destination",
        ],
    )),
    f(
        "city",
        "Ville d'accueil",
        "Receiving city",
        Text,
        &[
            "ville",
            "receiving city",
            "ville d accueil",
            "city",
            "city of destination",
        ],
    ),
    required(f(
        "start",
        "Début",
        "Start",
        Date,
        &[
            "debut",
            "start date",
            "date de debut",
            "date debut",
            "date de depart",
            "start",
            "start date of the activity",
            "mobility start date",
        ],
    )),
    required(f(
        "end",
        "Fin",
        "End",
        Date,
        &[
            "fin",
            "end date",
            "date de fin",
            "date fin",
            "date de retour",
            "end",
            "end date of the activity",
            "mobility end date",
        ],
    )),
    f(
        "participants",
        "Participants (nombre)",
        "Number of participants",
        Number,
        &[
            "participants",
            "number of participants",
            "nombre de participants",
            "participants nombre",
            "effectif",
        ],
    ),
    f(
        "transport",
        "Transport principal",
        "Main means of transport",
        Choice,
        &[
            "transport principal",
            "main means of transport",
            "moyen de transport",
            "transport",
        ],
    ),
    f(
        "green_travel",
        "Transport durable",
        "Green travel",
        Flag,
        &[
            "transport durable",
            "green travel",
            "voyage vert",
            "sustainable means of transport green travel",
        ],
    ),
    f(
        "funded_travel_days",
        "Jours de voyage financés",
        "Funded travel days",
        Number,
        &[
            "jours de voyage finances",
            "funded travel days",
            "travel days",
            "jours de voyage",
        ],
    ),
    f(
        "distance_km",
        "Distance (km)",
        "Travel distance (km)",
        Number,
        &[
            "distance",
            "distance km",
            "travel distance km",
            "travel distance",
        ],
    ),
    f(
        "fewer_opportunities",
        "Moins d'opportunités",
        "Fewer opportunities",
        Flag,
        &[
            "moins d opportunites",
            "fewer opportunities",
            "participant with fewer opportunities",
        ],
    ),
    f(
        "recent_graduate",
        "Jeune diplômé",
        "Recent graduate",
        Flag,
        &["jeune diplome", "recent graduate"],
    ),
];

pub(super) const INDICATOR_FIELDS: &[Field] = &[
    required(f(
        "code",
        "Code",
        "Code",
        Text,
        &["code", "code indicateur", "code de l indicateur"],
    )),
    f(
        "label",
        "Libellé",
        "Label",
        Text,
        &["libelle", "indicateur", "intitule", "label"],
    ),
    f("unit", "Unité", "Unit", Text, &["unite", "unit"]),
    f(
        "category",
        "Catégorie",
        "Category",
        Text,
        &["categorie", "domaine", "category"],
    ),
    f(
        "source",
        "Source (Saisie, InserJeunes, Calcul)",
        "Source",
        Choice,
        &["source", "origine"],
    ),
    f(
        "target",
        "Cible",
        "Target",
        Number,
        &["cible", "objectif", "valeur cible", "target"],
    ),
];

/// The lists an import can fill, in menu order.
pub fn importable() -> impl Iterator<Item = ListKind> {
    ListKind::ALL
        .iter()
        .copied()
        .filter(|k| k.capabilities().import)
}

/// The list an import fills that is named `name` on the command line (`partners`).
pub fn importable_named(name: &str) -> Option<ListKind> {
    importable().find(|k| k.field_name() == name)
}

/// The fields a source column can fill in records of `kind` (none when it cannot be imported).
pub fn fields_of(kind: ListKind) -> &'static [Field] {
    struct Fields;
    impl ImportVisitor for Fields {
        type Output = &'static [Field];
        fn visit<R: Importable>(self) -> &'static [Field] {
            R::FIELDS
        }
    }
    with_importer(kind, Fields).unwrap_or_default()
}

/// The field of `kind` with this key.
pub fn field_of(kind: ListKind, key: &str) -> Option<&'static Field> {
    fields_of(kind).iter().find(|f| f.key == key)
}

/// True when records of `kind` take yearly values from columns named by a year.
pub fn has_year_columns(kind: ListKind) -> bool {
    struct Years;
    impl ImportVisitor for Years {
        type Output = bool;
        fn visit<R: Importable>(self) -> bool {
            R::YEAR_COLUMNS
        }
    }
    with_importer(kind, Years).unwrap_or(false)
}

impl Field {
    /// True when `header` names this field (case, accents and punctuation ignored).
    pub fn matches(&self, header: &str) -> bool {
        let h = compact(header);
        !h.is_empty() && self.synonyms.iter().any(|s| compact(s) == h)
    }
}

/// The year a header names, for an indicator's yearly value: `2021`, `Valeur 2021`,
/// `Année 2021`, `2021-2022` (a school year counts as its first year).
pub fn header_year(header: &str) -> Option<i32> {
    let n = crate::model::text::normalise(header);
    let rest = ["valeur ", "value ", "annee ", "year ", "resultat "]
        .iter()
        .find_map(|p| n.strip_prefix(p))
        .unwrap_or(&n);
    let first = rest.split(' ').next()?;
    let year: i32 = first.parse().ok()?;
    let valid_rest = rest.split(' ').count() == 1
        || rest
            .split(' ')
            .nth(1)
            .and_then(|y| y.parse::<i32>().ok())
            .is_some_and(|next| next == year + 1 || next == (year + 1) % 100);
    ((1990..=2100).contains(&year) && first.len() == 4 && valid_rest).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_headers_are_recognised() {
        let fields = fields_of(ListKind::Partners);
        let field_of = |h: &str| fields.iter().find(|f| f.matches(h)).map(|f| f.key);
        assert_eq!(field_of("Identifiant_de_l_etablissement"), Some("uai"));
        assert_eq!(field_of("SIREN_SIRET"), Some("siret"));
        assert_eq!(field_of("Nom_etablissement"), Some("name"));
        assert_eq!(field_of("Nom_commune"), Some("commune"));
        assert_eq!(field_of("Type_etablissement"), Some("kind"));
        assert_eq!(field_of("Voie_professionnelle"), Some("voie_pro"));
        assert_eq!(field_of("Code_commune"), None);
    }

    #[test]
    fn every_key_is_unique_per_kind() {
        for k in importable() {
            let mut keys: Vec<_> = fields_of(k).iter().map(|f| f.key).collect();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), fields_of(k).len(), "{k:?}");
        }
    }

    #[test]
    fn the_registry_says_which_lists_have_import_fields() {
        for k in ListKind::ALL {
            assert_eq!(!fields_of(*k).is_empty(), k.capabilities().import, "{k:?}");
        }
        assert_eq!(importable_named("mobilities"), Some(ListKind::Mobilities));
        assert_eq!(importable_named("sectors"), None);
    }

    #[test]
    fn year_headers() {
        assert_eq!(header_year("2021"), Some(2021));
        assert_eq!(header_year("Valeur 2019"), Some(2019));
        assert_eq!(header_year("2022-2023"), Some(2022));
        assert_eq!(header_year("2022-23"), Some(2022));
        assert_eq!(header_year("Code"), None);
        assert_eq!(header_year("35580"), None);
    }
}
