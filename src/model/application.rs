//! The free texts of a labelling application, written by the referent in the app and printed
//! in the application file next to the facts the dossier already holds.

use serde::{Deserialize, Serialize};

/// Texts of the application file, one per part (the facts come from the rest of the dossier).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApplicationTexts {
    /// I. Analyse d'opportunité : enjeux économiques du territoire, besoins en compétences.
    pub opportunite: String,
    /// II. Offre de formation : cohérence, parcours, mixité des publics.
    pub offre_formation: String,
    /// III. Partenariats : entreprises, recherche, collectivités.
    pub partenariats: String,
    /// IV. Projet pédagogique : innovation, plateaux techniques, lieu de vie.
    pub projet_pedagogique: String,
    /// V. Pilotage et organisation : gouvernance, moyens, animation du réseau.
    pub pilotage: String,
    /// VI. Ouverture internationale : partenariats européens, mobilités.
    pub international: String,
    /// VII. Plan d'actions et indicateurs : priorités, calendrier, évaluation.
    pub plan_actions: String,
}
