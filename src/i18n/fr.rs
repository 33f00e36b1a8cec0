//! French texts (the default language).

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

/// The French texts.
pub const STRINGS: Strings = Strings {
    import: super::ImportTexts {
        import: "Importer…",
        import_tip: "Importer des lignes d'un tableur (CSV, XLSX, ODS) ou de l'annuaire de l'éducation",
        spreadsheets: "Tableurs",
        title: "Importer « {file} »",
        rows: Plural {
            one: "{n} ligne",
            other: "{n} lignes",
        },
        into: "Importer dans",
        field: "Champ",
        column: "Colonne du fichier",
        preview: "Aperçu (premières lignes)",
        none: "— aucune —",
        required: "obligatoire",
        year_value: "Valeur {year}",
        missing_columns: "Colonnes absentes du fichier : {columns}",
        reading: "Lecture du fichier…",
        checking: "Vérification des lignes…",
        check: "Vérifier les lignes",
        save_mapping: "Enregistrer la correspondance…",
        load_mapping: "Charger une correspondance…",
        back: "Retour à la correspondance",
        summary: "{rows} : {added} à ajouter, {updated} à mettre à jour, {skipped} ignorées, {rejected} rejetées, {warned} avec avertissement, {excluded} laissées de côté",
        duplicates: "Doublons (même UAI, SIRET, nom, code…) :",
        policies: ["Ignorer", "Mettre à jour l'existant", "Ajouter quand même"],
        report_columns: ["Ligne", "Résultat", "Élément", "Détail"],
        verdicts: ["nouvelle", "doublon", "répétée", "rejetée"],
        confirm: "Importer ({n})",
        done: Plural {
            one: "{n} ligne importée dans {list} — Ctrl+Z annule l'import",
            other: "{n} lignes importées dans {list} — Ctrl+Z annule l'import",
        },
        mapping_saved: "Correspondance enregistrée : {file}",
        other_kind: "Cette correspondance est pour « {list} » : liste changée.",
        note_no_column: "{field} : aucune colonne ne le fournit",
        note_empty: "{field} : vide",
        note_value: "{field} : {error}",
        note_year_value: "Valeur {year} : {error}",
        note_uai: "UAI : {error}",
        note_siret: "SIRET : {error}",
        note_country: "Pays : « {text} » inconnu (indiquez le code ISO à deux lettres : DE, ES…)",
        note_kind: "type « {text} » sans équivalent : « {kind} » retenu, à vérifier",
        note_below_lycee: "type « {text} » : école ou collège, classé « École primaire ou collège » (pas enseignement supérieur) ; laissé de côté sauf si vous cochez la ligne",
        filter_label: "Garder :",
        filter_lycees_cfa: "lycées et CFA seulement",
        filter_vocational: "établissements avec une voie professionnelle seulement",
        filter_below_lycee: "avec les écoles et collèges",
        include_tip: "Cocher pour importer cette ligne",
        cli_excluded: Plural {
            one: "{n} laissée de côté",
            other: "{n} laissées de côté",
        },
        note_lead: "pilote « {text} » introuvable parmi les partenaires du dossier : laissé vide",
        note_end_before_start: "Fin : le {end} précède le début ({start})",
        note_status: "statut « {text} » inconnu : « {status} » retenu",
        note_negative_budget: "Budget : montant négatif ({amount})",
        note_reference: "« {text} » n'est pas un numéro de projet Erasmus+ (2022-1-FR01-KA121-VET-000123456) : ligne rejetée",
        note_travel_days: "Jours de voyage financés : « {text} » n'est pas un nombre entier de jours",
        note_bm_sub_row: "ligne « {text} » du Beneficiary Module (itinéraire ou certification) : pas un participant, non importée",
        note_transport: "transport « {text} » inconnu : laissé non renseigné",
        note_public: "public « {text} » inconnu : apprenants retenus",
        note_activity: "activité « {text} » inconnue : « {activity} » retenue d'après la durée",
        note_no_activity: "activité non indiquée : « {activity} » retenue d'après la durée",
        note_direction: "sens « {text} » inconnu : mobilité sortante retenue",
        note_person_count: "Participants : « {text} » n'est pas un nombre de personnes (1 à 999)",
        note_source: "source « {text} » inconnue : « Saisie » retenue",
        note_region: "région académique ou vice-rectorat « {text} » inconnue (nom ou code INSEE)",
        note_filiere: "filière « {text} » inconnue (une des 12 filières nationales)",
        note_category: "catégorie « {text} » inconnue (CMQ, excellence, à confirmer)",
        note_decision_kind: "décision « {text} » inconnue (création, renouvellement, passage « excellence »…)",
        note_duration: "durée « {text} » : un nombre entier d'années est attendu",
        note_oid: "OID « {text} » invalide : E suivi de 8 chiffres (E10012345)",
        campus_added: "{campus} : {decision} à ajouter",
        campus_already: "{campus} : {decision} déjà dans le dossier",
        campus_new: "nouveau dossier « {campus} » : {decisions}",
        campus_completed: "« {campus} » ({file}) : {decisions} à ajouter",
        campus_counts: "{rows} : {new} dossier(s) à créer, {completed} à compléter, {rejected} refusée(s)",
        campus_created: "{file} : créé",
        decision_of: "décision du {date}",
        decision_undated: "décision sans date",
        cli_line_of: "ligne {line} :",
        campus_list: "⬆ Importer une liste de campus…",
        campus_list_tip: "Un tableau (CSV, XLSX, ODS) : nom du campus, région académique ou vice-rectorat, filière, et par ligne une décision (date de l'arrêté, catégorie, durée, décision, référence). Un dossier par campus ; un campus déjà présent reçoit les nouvelles décisions.",
        campus_list_title: "Liste de campus",
        campus_list_rejected: Plural {
            one: "{n} ligne refusée sera laissée de côté.",
            other: "{n} lignes refusées seront laissées de côté.",
        },
        campus_list_nothing: "Rien à ajouter : chaque décision est déjà dans son dossier.",
        campus_list_all_rejected: "Rien à écrire : toutes les lignes sont refusées (voir leurs raisons ci-dessus).",
        campus_list_confirm: Plural {
            one: "Créer ou compléter {n} dossier",
            other: "Créer ou compléter {n} dossiers",
        },
        campus_list_done: Plural {
            one: "{n} dossier créé ou complété",
            other: "{n} dossiers créés ou complétés",
        },
        decisions: Plural {
            one: "{n} décision",
            other: "{n} décisions",
        },
        value_number: "« {text} » n'est pas un nombre",
        value_date: "« {text} » n'est pas une date (attendu 06/02/2020 ou 2020-02-06)",
        value_bool: "« {text} » n'est ni oui ni non",
        by_uai: "UAI",
        by_siret: "SIRET",
        by_name: "nom et commune",
        by_title: "titre",
        by_code: "code",
        by_mobility: "projet, dates, pays et organisme d'accueil",
        only_local: Plural {
            one: "{n} participant de ces projets n'est que dans le dossier (le fichier ne le nomme pas ; il est gardé) : {records}",
            other: "{n} participants de ces projets ne sont que dans le dossier (le fichier ne les nomme pas ; ils sont gardés) : {records}",
        },
        by_activity_id: "ID d'activité de mobilité",
        cli_other_kind: "{file} : cette correspondance est pour « {found} », pas « {wanted} »",
        cli_missing: "{file} : colonne(s) absente(s) du fichier, nommée(s) par la correspondance : {columns}",
        cli_mapping: "correspondance : {parts}",
        cli_rejected: "{src}:{line}: rejetée : {errors}",
        cli_duplicate: "{src}:{line}: « {record} » doublon de « {existing} » ({by}) : {fate}",
        cli_repeated: "{src}:{line}: « {record} » répète la ligne {earlier} ({by}) : ignorée",
        cli_warning: "{src}:{line}: avertissement : {warning}",
        fate_skip: "ignorée",
        fate_update: "mise à jour de l'existant",
        fate_unchanged: "identique, rien à changer",
        fate_add: "ajoutée quand même",
        cli_counts: "{rows} : {added}, {updated}, {skipped}, {rejected}, {warned} avec avertissement, {excluded}",
        cli_added: Plural {
            one: "{n} ajoutée",
            other: "{n} ajoutées",
        },
        cli_updated: Plural {
            one: "{n} mise à jour",
            other: "{n} mises à jour",
        },
        cli_skipped: Plural {
            one: "{n} ignorée",
            other: "{n} ignorées",
        },
        cli_rejected_count: Plural {
            one: "{n} rejetée",
            other: "{n} rejetées",
        },
        cli_rejected_rows: Plural {
            one: "{n} ligne rejetée",
            other: "{n} lignes rejetées",
        },
        cli_dry_run: "essai (--dry-run) : rien n'a été écrit",
        cli_partial: "rien n'a été écrit : {rejected} ; corrigez la source, ou ajoutez --accept-partial pour importer les autres",
        cli_nothing: "rien à écrire : {file} inchangé",
        cli_saved: "{file} : enregistré",
        duplicate_of: "« {record} » ({by})",
        repeats_line: "ligne {line} ({by})",
        read_io: "{file} : lecture impossible ({reason})",
        read_not_a_file: "{file} : ce n'est pas un fichier ordinaire (tube, périphérique) : non lu",
        read_unclosed_quote: "{file}:{line}: un guillemet ouvert à cette ligne n'est jamais fermé : les lignes suivantes se fondraient dans cette cellule ; corrigez le fichier",
        read_mixed_encodings: "{file}:{line}: cette ligne n'est pas en UTF-8 alors que la ligne {utf8_line} l'est : encodages mélangés, aucune lecture n'est fidèle ; enregistrez le fichier en UTF-8",
        read_nul: "{file}:{line}: octet nul : fichier UTF-16 sans marque d'ordre des octets, ou pas un fichier texte ; enregistrez-le en UTF-8",
        read_columns: "{file}:{line}: {found} colonnes, au-delà des {max} qu'un import accepte",
        read_cell_long: "{file}:{line}: une cellule de plus de {max} caractères, plus longue que tout champ d'un dossier",
        read_out_of_proportion: "{file} : refusé sans être lu, hors de proportion avec sa taille : {what}",
        excess_inflates: "la partie {part} se décompresse au-delà de {limit} Mo",
        excess_cells: "la feuille {part} annonce {cells} cellules (au plus {limit} pour un fichier de cette taille)",
        excess_strings: "{count} textes annoncés (au plus {limit} pour un fichier de cette taille)",
        read_format: "{file} : format non reconnu (attendu .csv, .txt, .xlsx, .xls ou .ods)",
        read_empty: "{file} : le fichier ne contient aucune ligne",
        read_csv: "{file}:{line} : CSV illisible ({reason})",
        read_workbook: "{file} : classeur illisible ({reason})",
        cancelled: "import annulé",
        source_tab: "séparateur tabulation",
        source_separator: "séparateur « {c} »",
        source_sheet: "feuille « {sheet} »",
        source_header: "en-tête ligne {line}",
    },
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    months_short: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    weekdays: ["L", "M", "M", "J", "V", "S", "D"],
    english: false,
    prev_month: "Mois précédent",
    prev_year: "Année précédente",
    next_year: "Année suivante",
    open_calendar: "Choisir dans le calendrier",
    next_month: "Mois suivant",
    first_day: "1er",

    menu_file: "Fichier",
    menu_edit: "Édition",
    menu_view: "Affichage",
    menu_help: "Aide",

    cmd_new: "Nouveau dossier…",
    cmd_new_tip: "Créer le dossier d'un nouveau campus dans l'espace de travail",
    cmd_open: "Ouvrir un espace de travail…",
    cmd_open_tip: "Choisir le dossier qui contient les fichiers .ron des campus",
    cmd_save: "Enregistrer",
    cmd_save_tip: "Enregistrer le dossier ouvert (la version précédente est gardée en .bak)",
    cmd_quit: "Quitter",
    cmd_quit_tip: "Fermer CMQ Dossiers",
    cmd_undo: "Annuler",
    cmd_undo_tip: "Annuler la dernière modification",
    cmd_redo: "Rétablir",
    cmd_redo_tip: "Rétablir la modification annulée",
    cmd_find: "Filtrer la liste",
    cmd_find_tip: "Placer le curseur dans le filtre du tableau affiché",
    cmd_checks: "Contrôles",
    cmd_checks_tip: "Afficher ou masquer la liste des erreurs et avertissements",
    cmd_theme_system: "Thème du système",
    cmd_theme_light: "Thème clair",
    cmd_theme_dark: "Thème sombre",
    cmd_theme_tip: "Couleurs de la fenêtre",
    cmd_lang_tip: "Langue de l'interface",
    cmd_about: "À propos",
    cmd_about_tip: "Version et informations",

    identity_title: "Identité & label",
    list_title,
    referrer,
    readiness_scores: "critères remplis : CMQ {cmq}/{cmq_max} · « excellence » {exc}/{exc_max}",
    criteria_version: "Grille CMQ Dossiers n° {n} : la loi (Code de l'éducation, art. D335-33), le cahier des charges national d'après ses résumés publiés (son annexe, arrêté du 26 septembre 2019, n'a pas été lue), les exigences « excellence » et l'usage. Chaque critère cite sa source ; ce n'est pas la grille du jury.",
    criterion_title,
    part_label: part,
    source_text: criterion_source,
    evidence,
    advice,
    item_title,
    export_cancelled: "export annulé : aucun fichier écrit",
    export_xlsx_failed: "export XLSX impossible : {reason}",
    export_pdf_failed: "PDF impossible : {reason}",
    pdf_too_many_rows: "PDF impossible : il compterait {rows} lignes de tableau, plus que les {limit} qu'un PDF peut tenir ; choisissez moins de sections (les partenaires, par exemple) ou exportez ces listes en tableau (CSV, XLSX)",
    pdf_too_much_text: "PDF impossible : il compterait {chars} caractères de texte, plus que les {limit} qu'un PDF peut tenir ; raccourcissez les textes les plus longs (les vérifications les signalent) ou choisissez moins de sections",
    store_error,
    save_error,
    open_anyway: "Ouvrir quand même",
    label_period: "Période du label",
    by_its_date: "D'après sa date",
    published_on: "Publié au JO le",
    jorf: "Référence JORF",
    decision_name: "Nom dans l'arrêté (s'il diffère)",
    internationale: "Mention « internationale »",
    status_active: "{category} jusqu'au {end}",
    status_active_open: "{category}, fin du label inconnue",
    status_expired: "label {category} expiré le {end}, non renouvelé",
    status_withdrawn: "label {category} retiré le {end}",
    status_gap: "sans label depuis le {end} (décision suivante le {next})",
    status_undated: "{category}, date de l'arrêté à renseigner",
    status_none: "pas encore labellisé",
    label_today: "Label aujourd'hui",
    open_anyway_hint: "Si « {host} » ne se sert plus de ce dossier (éteint sans fermer CMQ Dossiers, connexion au dossier partagé perdue). Le verrou d'un autre ordinateur n'est qu'indicatif (un dossier synchronisé peut ne pas le transmettre) : ce qui protège vos modifications est la fusion. Quand la version de l'autre ordinateur arrive, elle est fusionnée avec la vôtre, fiche par fiche, sans rien écraser ; s'il y a conflit, vous choisissez.",
    opened_anyway: "Ouvert quand même : « {host} » le tient ouvert {since}. Ce verrou n'est qu'indicatif : quand sa version arrive sur le disque, elle est fusionnée avec la vôtre, fiche par fiche ; s'il y a conflit, vous choisissez.",
    lock_since,
    edit_error,
    window_failed: "CMQ Dossiers n'a pas pu ouvrir sa fenêtre : {reason}",
    output_failed: "écriture de la sortie impossible : {reason}",
    usage: "\
CMQ Dossiers — dossiers des Campus des métiers et des qualifications

Usage :
  cmq-dossiers [--workspace DOSSIER]     ouvre la fenêtre (dernier espace de travail, sinon l'accueil)
  cmq-dossiers --examples                ouvre la fenêtre sur les exemples (lecture seule)
  cmq-dossiers FICHIER.ron               ouvre la fenêtre sur ce dossier (son dossier parent comme espace)
  cmq-dossiers check [--json] FICHIER…   contrôle des dossiers .ron
                                         (code de sortie : 0 sans erreur, 1 erreurs, 2 fichier illisible)
  cmq-dossiers check --readiness [--json] FICHIER…
                                         grille des critères de labellisation, avec le score
  cmq-dossiers timeline [--json] [--today AAAA-MM-JJ] [--bilan-2019 ANS] [--preavis-mois MOIS] FICHIER…
                                         jalons et échéances de chaque dossier, par date
  cmq-dossiers budget [--json] FICHIER    estimation de la subvention Erasmus+ par participant et par projet,
                                         objectifs prévus / réalisés (barèmes de l'appel ; les vôtres
                                         dans le dossier baremes-erasmus/ de l'espace de travail)
  cmq-dossiers export FICHIER --format pdf [--document summary|application] [--landscape] --output CHEMIN
                                         la synthèse du dossier ou le dossier de candidature, en PDF
  cmq-dossiers export FICHIER --format csv|xlsx --table partners|actions|mobilities|mobilities-bm|indicators|milestones --output CHEMIN
                      [--separateur ';'|','|tab] [--point-decimal] [--sans-bom]
                                         exporte une table du dossier (CSV à la française, ou XLSX)
  cmq-dossiers export FICHIER --format csv|xlsx --table mobilities-bm --template EXPORT_BM.xlsx|csv
                      [--project NUMÉRO] --output CHEMIN
                                         les participants d'un projet dans votre propre fichier du
                                         Beneficiary Module (son en-tête, ses dates), avec la liste des
                                         lignes qu'il refuserait
  cmq-dossiers import partners|actions|mobilities|indicators SOURCE --into FICHIER
                      [--mapping CORRESPONDANCE] [--save-mapping CHEMIN] [--dry-run] [--accept-partial]
                      [--duplicates skip|update|add] [--only-lycees-cfa] [--only-voie-pro] [--with-schools]
                                         importe les lignes d'un CSV, XLSX ou ODS (annuaire de l'éducation…)
                                         (code de sortie : 0 tout importé, 1 lignes rejetées, 2 fichier illisible)
  cmq-dossiers import campus LISTE --into DOSSIER_DE_TRAVAIL [--dry-run] [--accept-partial]
                                         un dossier par campus d'une liste (nom, région académique ou
                                         vice-rectorat, filière ; une décision par ligne) ; un campus déjà
                                         présent reçoit les nouvelles décisions, jamais un doublon
  cmq-dossiers fmt FICHIER…              réécrit des dossiers dans la mise en forme standard
  cmq-dossiers merge ANCÊTRE NÔTRE LEUR [--output CHEMIN] [--json]
                                         fusionne deux versions d'un dossier, fiche par fiche et champ
                                         par champ (pilote de fusion git : voir le README) ; les conflits
                                         sur la sortie d'erreur, un par ligne, la nôtre gardée
                                         (code de sortie : 0 fusionné, 1 conflits, 2 fichier illisible)
  cmq-dossiers diff [--json] AVANT APRÈS ce qui diffère, fiche par fiche et champ par champ
  cmq-dossiers --help | --version

La langue suit LC_ALL, LC_MESSAGES ou LANG (anglais quand elle commence par « en »).
",
    usage_needs_value: "{option} attend une valeur",
    usage_needs_number: "{option} attend un nombre entier",
    usage_unexpected: "argument inattendu : {arg}",
    usage_unknown_option: "option inconnue pour {command} : {option}",
    usage_needs_files: "{command} attend au moins un fichier .ron",
    usage_needs_file: "{command} attend un fichier .ron",
    usage_needs_option: "{command} attend {option}",
    usage_unknown_command: "commande inconnue : {command}",
    usage_unknown_format: "format inconnu : {value} (pdf, csv, xlsx)",
    usage_unknown_table: "table inconnue : {value}",
    usage_unknown_document: "document inconnu : {value} (summary, application)",
    usage_unknown_separator: "séparateur inconnu : {value} (« ; », « , » ou « tab »)",
    usage_needs_list: "import attend partners, actions, mobilities ou indicators",
    usage_unknown_list: "import : liste inconnue « {value} » (partners, actions, mobilities, indicators)",
    usage_needs_source: "import attend le fichier source (CSV, XLSX, ODS)",
    usage_unknown_duplicates: "--duplicates {value} : skip, update ou add",
    usage_bad_date: "--today {value} : date attendue au format AAAA-MM-JJ",
    issue,
    uai_error,
    siret_error,
    timeline_title: "Calendrier",
    application_title: "Candidature",
    zoom_in: "Zoomer",
    zoom_out: "Dézoomer",
    zoom_fit: "Tout voir",
    zoom_hint: "Glisser pour se déplacer · Ctrl + molette pour zoomer",
    reminder: "Rappel",
    today: "Aujourd'hui",
    open_record: "Ouvrir la fiche",
    label_row: "Label",
    milestones_row: "Jalons et échéances",
    unknown_end: "fin inconnue",
    dashboard: "Tableau de bord",
    campuses: "Campus",
    excellence_count: "« excellence »",
    ending_12_months: "labels finissant dans les 12 mois",
    unlabelled_count: "sans label en cours",
    overdue_count: "échéances en retard",
    next_deadlines: "Prochaines échéances",
    campus_timelines: "Les labels dans le temps",
    mobility_per_year: "Mobilités Erasmus+ par année (participants)",
    mobility_per_country: "Mobilités sortantes par pays (participants)",
    indicators_vs_target: "Indicateurs : valeurs annuelles et cible",
    learners: "Apprenants",
    staff: "Personnels",
    no_deadline: "Aucune échéance ouverte.",
    no_data: "Pas encore de données.",
    item_status_label: item_status,
    readiness_title: "Grille des critères de labellisation",
    score_cmq: "critères CMQ remplis",
    score_excellence: "critères « excellence » remplis",
    to_do: "À faire",
    application_texts: "Textes du dossier de candidature",
    readiness_level_label: readiness_level,
    application_parts: [
        "I. Analyse d'opportunité, enjeux du territoire",
        "II. Offre de formation",
        "III. Partenariats (entreprises, recherche)",
        "IV. Projet pédagogique",
        "V. Pilotage et organisation",
        "VI. Ouverture internationale",
        "VII. Plan d'actions et indicateurs",
    ],
    calendar_rules: "Règles du calendrier",
    bilan_2019: "Bilan d'étape après le décret de 2019",
    renewal_lead: "Rappel de renouvellement avant la fin du label (réglage)",
    due_soon: "« Bientôt » dans les",
    reminders: "Rappels (jours avant l'échéance)",
    years_suffix: " ans",
    months_suffix: " mois",
    days_suffix: " jours",
    export: "Exporter",
    export_csv_shown: "CSV — lignes affichées",
    export_csv_all: "CSV — toute la table",
    export_xlsx_shown: "Excel — lignes affichées",
    export_xlsx_all: "Excel — toute la table",
    exporting: "Export en cours",
    exported: Plural {
        one: "Exporté : {file} ({n} ligne)",
        other: "Exporté : {file} ({n} lignes)",
    },
    no_file_chosen: "Aucun fichier choisi : rien n'a été exporté.",
    cmd_print: "Imprimer…",
    cmd_print_tip: "Mettre le dossier en page (PDF) et l'ouvrir pour l'imprimer",
    cmd_export_pdf: "Exporter en PDF…",
    cmd_export_pdf_tip: "Enregistrer la synthèse ou le dossier de candidature en PDF",
    pdf_summary: "Synthèse du dossier",
    pdf_application: "Dossier de candidature à la labellisation",
    pdf_landscape: "Pages à l'italienne (paysage)",
    print: "Imprimer",
    export_ellipsis: "Exporter…",
    printed: "Ouvert pour impression : {file}",
    pdf_sections: [
        "Identité et label",
        "Partenaires",
        "Filières et formations",
        "Plan d'actions",
        "Mobilité Erasmus+",
        "Indicateurs",
        "Calendrier",
        "Grille de candidature",
    ],
    dossiers: "Dossiers",
    search_campus: "Rechercher un campus…",
    next_milestone: "Prochain jalon",
    label_end: "Fin du label",
    unreadable: "Fichier illisible",
    no_workspace: "Aucun espace de travail : Fichier › Ouvrir un espace de travail…",
    no_dossier: "Choisissez un dossier dans la liste de gauche, ou créez-en un (Ctrl+N).",
    unsaved_marker_tip: "Modifications non enregistrées",
    recovery_marker_tip: "Des modifications non enregistrées ont été récupérées",

    saved: "Enregistré",
    unsaved: "Modifications non enregistrées",
    saving: "Enregistrement…",
    opening: "Ouverture de {file}…",
    read_only: "Lecture seule",
    errors: Plural {
        one: "{n} erreur",
        other: "{n} erreurs",
    },
    warnings: Plural {
        one: "{n} avertissement",
        other: "{n} avertissements",
    },
    checks_row: "ligne",
    checks_title: "Contrôles",
    checks_none: "Aucune erreur ni avertissement.",

    filter: "Filtrer",
    add: "Ajouter",
    duplicate: "Dupliquer",
    delete: "Supprimer",
    columns: "Colonnes",
    select_row: "Sélectionnez une ligne pour la modifier.",

    yes: "Oui",
    no: "Non",
    none: "(aucun)",
    set_date: "Renseigner",
    clear: "Effacer",
    save: "Enregistrer",
    dont_save: "Ne pas enregistrer",
    cancel: "Annuler",
    ok: "OK",
    create: "Créer",
    unsaved_title: "Modifications non enregistrées",
    unsaved_body: "Enregistrer les modifications du dossier « {campus} » ?",
    disk_title: "Fichier modifié sur le disque",
    disk_body: "Le fichier « {campus} » a été modifié par un autre programme depuis son ouverture. L'écraser ferait perdre ces changements.",
    disk_reload: "Recharger depuis le disque",
    disk_overwrite: "Écraser",
    recovery_title: "Modifications récupérées",
    recovery_body: "Des modifications non enregistrées du dossier « {campus} » ont été retrouvées (l'application s'est peut-être arrêtée brutalement). Les restaurer ?",
    recovery_restore: "Restaurer",
    recovery_ignore: "Ignorer",
    new_title: "Nouveau dossier",
    delete_title: "Supprimer « {record} » ?",
    delete_refs: "Ces éléments y font référence ; ils seront vidés :",
    delete_anyway: "Supprimer et retirer les références",
    pick_cancelled: "Aucun dossier choisi.",
    chooser_folder: "Choisir un dossier",
    chooser_open: "Choisir un fichier à lire",
    chooser_save: "Enregistrer sous",
    chooser_why: "Le système n'a affiché aucune fenêtre de choix de fichier (ni portail de bureau, ni zenity) : choisissez ici.",
    chooser_path: "Chemin",
    chooser_up: "⬆ Dossier parent",
    chooser_choose: "Choisir",
    chooser_empty: "Rien à choisir dans ce dossier.",
    chooser_unreadable: "Ce dossier ne peut pas être lu.",
    chooser_no_folder: "Ce dossier n'existe pas.",
    chooser_no_file: "Ce fichier n'existe pas.",
    chooser_no_parent: "Le dossier où l'enregistrer n'existe pas.",
    chooser_replaces: "Ce fichier existe déjà : il sera remplacé.",
    chooser_files: "Fichiers montrés : {kinds}",
    cmd_create_workspace: "Créer mon espace de travail…",
    cmd_create_workspace_tip: "Choisir le dossier de cet ordinateur où ranger vos dossiers de campus",
    cmd_examples: "Voir les exemples",
    cmd_examples_tip: "Six campus d'exemple, en lecture seule, à part de vos dossiers",
    menu_dossier: "Dossier",
    cmd_rename: "Renommer le fichier…",
    cmd_rename_tip: "Changer le nom du fichier .ron (le nom du campus se change dans Identité)",
    cmd_duplicate: "Dupliquer",
    cmd_duplicate_tip: "Créer une copie du dossier dans l'espace de travail, et l'ouvrir",
    cmd_archive: "Archiver",
    cmd_archive_tip: "Ranger le dossier dans archives/ : il quitte la liste et le tableau de bord",
    cmd_bin: "Mettre à la corbeille…",
    cmd_bin_tip: "Déplacer le fichier dans corbeille/ de l'espace de travail (récupérable)",
    cmd_help: "Aide et raccourcis",
    cmd_help_tip: "Raccourcis clavier et guide de prise en main",
    welcome_title: "Bienvenue dans CMQ Dossiers",
    welcome_body: "Un dossier par campus des métiers et des qualifications, enregistré sur cet ordinateur (un fichier .ron par campus), sans connexion réseau. Pour commencer :",
    welcome_create: "Choisissez (ou créez) un dossier vide : vos campus y seront enregistrés. C'est là que « Nouveau dossier » les range.",
    welcome_open: "Un dossier qui contient déjà des fichiers .ron (le vôtre, ou celui partagé par un collègue).",
    welcome_examples: "Six campus réels ou fictifs, en lecture seule, dans un espace à part : rien ne s'y mélange à vos dossiers.",
    examples_banner: "Exemples en lecture seule : ils servent à découvrir l'application. Vos dossiers vont dans votre propre espace de travail.",
    examples_read_only: "Les exemples sont en lecture seule : créez votre espace de travail (Fichier › Créer mon espace de travail…).",
    rename_title: "Renommer « {file} »",
    rename_label: "Nouveau nom du fichier (sans .ron)",
    rename_invalid: "Nom vide, caché (.) ou contenant / ou \\",
    rename_taken: "Un fichier de ce nom existe déjà dans l'espace de travail",
    rename_button: "Renommer",
    bin_title: "Mettre « {campus} » à la corbeille ?",
    bin_body: "Le fichier ira dans le dossier corbeille/ de l'espace de travail ; « Corbeille », en bas du panneau de gauche, le remet en place.",
    binned: "« {campus} » mis à la corbeille : {path}",
    archived_msg: "« {campus} » archivé : {path}",
    put_back: "Remis dans l'espace de travail : {file}",
    duplicated: "Copie créée et ouverte : {file}",
    renamed: "Fichier renommé : {file}",
    copy_suffix: "(copie)",
    archives: "Archives",
    put_back_button: "Remettre",
    bin: "Corbeille",
    help_title: "Aide",
    help_guide_title: "Prise en main",
    help_shortcuts_title: "Raccourcis clavier",
    help_close: "Fermer l'aide (Échap)",
    help_menus: "Ouvrir le menu Fichier (flèches pour se déplacer, Entrée pour choisir)",
    help_section_keys: "Sections du dossier, dans l'ordre du panneau de gauche ; Ctrl+0 le tableau de bord",
    help_guide: &[
        "Un espace de travail est un dossier de votre ordinateur ; chaque campus y est un fichier .ron. Fichier › Nouveau dossier (Ctrl+N) en crée un.",
        "Le panneau de gauche liste les campus ; un clic ouvre un dossier, ses sections apparaissent dessous. Clic droit sur un campus : renommer, dupliquer, archiver, mettre à la corbeille.",
        "Les dates se tapent : 10/02/2014, 10 février 2014 ou 2014-02-10 ; le bouton 📅 ouvre un calendrier (mois et année).",
        "Chaque modification s'annule avec Ctrl+Z ; l'enregistrement (Ctrl+S) est atomique, la version précédente est gardée en .bak ; une copie de secours est écrite pendant la saisie.",
        "Les vérifications (F8) disent ce qui manque ou ne va pas, et où : un clic y mène.",
        "Fichier › Importer… lit un CSV, XLSX ou ODS (l'annuaire de l'éducation tel quel) ; chaque ligne se coche ou se décoche avant l'import.",
        "Imprimer (Ctrl+P) ouvre la synthèse ou le dossier de candidature en PDF ; chaque tableau s'exporte en CSV ou XLSX.",
    ],
    go_to_fix: "Aller là où cela se complète",
    campus_rows_hint: "Glisser pour faire défiler les années, Ctrl + molette pour zoomer, double-clic pour tout revoir",
    back_to_my_workspace: "Retour à mon espace de travail",
    exported_pdf: "PDF enregistré : {file}",
    no_viewer: "PDF enregistré : {file} — aucun visualiseur n'a pu l'ouvrir ({reason}) ; ouvrez-le depuis le gestionnaire de fichiers",
    viewer_missing: "aucun programme d'ouverture des PDF (xdg-open) n'est installé",
    new_missing: "Le nom, la région académique et la filière sont à renseigner.",
    cli_changed_on_disk: "{file} : modifié par un autre programme pendant l'import ; rien n'a été écrit, relancez la commande",
    crashed: "{what} : arrêt sur une erreur interne ({reason}) ; rien n'a été écrit",
    dismiss_errors: "Masquer ces erreurs (lues)",
    about_body: "CMQ Dossiers — les dossiers des Campus des métiers et des qualifications, hors ligne.",
    saved_message: "Enregistré : {file}",

    campus: "Campus",
    name: "Nom",
    short_name: "Nom court",
    region: "Région ou vice-rectorat",
    academies: "Académies",
    filiere: "Filière",
    support: "Établissement support",
    director: "Directeur opérationnel",
    president: "Président",
    organisation: "Organisation",
    from_business: "Issu du monde économique",
    email: "E-mail",
    phone: "Téléphone",
    website: "Site web",
    lieu_de_vie: "Lieu de vie, hébergement",
    notes: "Notes",
    label_history: "Décisions de labellisation",
    decision_kind: "Décision",
    category: "Catégorie",
    arrete_date: "Date de l'arrêté",
    reference_nor: "Référence (NOR)",
    project_number: "N° de projet",
    duration_years: "Durée (années)",
    note: "Note",

    kind: "Type",
    commune: "Commune",
    country: "Pays",
    uai: "UAI",
    siret: "SIRET",
    oid: "OID Erasmus+",
    role: "Rôle",
    convention: "Convention signée le",
    governance: "Membre de la gouvernance",
    governance_short: "Gouvernance",
    contacts: "Contacts",

    sector: "Filière du campus",
    formations: "Formations",
    diploma: "Diplôme",
    level: "Niveau",
    status: "Statut",
    establishment: "Établissement",

    axis: "Axe",
    title: "Titre",
    description: "Description",
    lead: "Pilote",
    other_partners: "Partenaires associés",
    start: "Début",
    end: "Fin",
    budget: "Budget",
    funder: "Financeur",
    amount: "Montant (€)",
    linked_indicators: "Indicateurs liés",

    project: "Projet Erasmus+",
    key_action: "Action clé",
    call_year: "Année de l'appel",
    activity: "Activité",
    participant: "Public",
    direction: "Sens",
    sending: "Organisme d'envoi",
    receiving: "Organisme d'accueil",
    erasmus_group: "Groupe de pays Erasmus+ (aide individuelle)",
    city: "Ville",
    duration: "Durée",
    days: "jours",
    participants: "Participants",
    green_travel: "Transport durable",
    fewer_opportunities: "Moins d'opportunités",
    activity_id: "ID d'activité de mobilité",
    participant_name: "Participant (nom)",
    departure_country: "Pays de départ",
    departure_city: "Ville de départ",
    receiving_country: "Pays d'accueil",
    receiving_city: "Ville d'accueil",
    transport: "Transport principal",
    funded_travel_days: "Jours de voyage financés",
    distance_km: "Distance saisie (km)",
    distance_tip: "La distance aller donnée par le calculateur de distance de la Commission européenne ; vide, elle est calculée entre les deux villes",
    recent_graduate: "Jeune diplômé (moins de 12 mois)",
    project_role: "Rôle du campus",
    accreditation: "N° d'accréditation",
    grant_agreement: "N° de convention de subvention",
    grant_awarded: "Subvention accordée (€)",
    targets: "Objectifs prévus",
    add_target: "Ajouter un objectif",
    accompanying: "Accompagnateurs",
    no_project: "— aucun projet —",
    converted: "Dossier au format {version} converti : {groups} mobilités de groupe deviennent {participants} participants, dans {projects} projets Erasmus+. Le prochain enregistrement l'écrit au nouveau format (l'ancien fichier est gardé en .bak).",
    bm_no_project: "le modèle ne nomme aucun projet du dossier (ni numéro de projet ni n° de convention) : précisez --project NUMÉRO",
    bm_mapping_error: "correspondance des colonnes illisible : {error}",
    bm_mapping_saved: "Correspondance des colonnes enregistrée dans {file} (modifiez-la pour un autre choix, elle servira aux prochains exports)",
    bm_mapping_used: "Correspondance des colonnes : {file}",
    bm_written: "{rows} participants du projet {project} écrits dans {file}, avec l'en-tête du modèle ({columns} colonnes)",
    bm_day: "JJ",
    bm_month: "MM",
    bm_year: "AAAA",
    bm_dates_typed: "cellules de date",
    bm_dates_found: "Dates écrites comme dans le modèle : {format}",
    bm_dates_default: "Dates écrites au format {format} (celui des modèles de Mobility Tool+ ; le modèle n'en montre aucun)",
    bm_unknown_columns: "Colonnes du modèle laissées vides (aucun champ ne leur correspond) : {columns}",
    bm_problems: "{n} points que le Beneficiary Module refuserait à l'import :",
    bm_problem_line: "  ligne {line} ({id}) : {problem}",
    bm_no_activity_id: "ID d'activité de mobilité manquant (obligatoire)",
    bm_duplicate_id: "l'ID d'activité « {id} » figure déjà sur une autre ligne",
    bm_no_grant_agreement: "n° de convention de subvention du projet non renseigné (obligatoire)",
    bm_no_oid: "« {organisation} » n'a pas d'OID valide dans les partenaires du dossier",
    bm_no_transport: "transport principal non renseigné",
    bm_no_data_type: "colonne « Data type » : le modèle ne montre aucune ligne de mobilité dont reprendre la valeur ; remplissez-la comme le dit le dictionnaire de données du Beneficiary Module",
    total_days: "Jours (au total)",
    budget_view: "Estimation de la subvention",
    budget_no_table_window: "Aucun barème pour l'appel {year} : déposez le fichier de barèmes de cet appel dans le dossier « {folder} » de l'espace de travail.",
    budget_unverified_window: "Barème non vérifié par rapport au guide du programme : estimation indicative",
    budget_verified_window: "Barème vérifié par rapport au guide du programme",
    budget_travel: "Voyage",
    budget_individual: "Soutien individuel",
    budget_organisational: "Soutien organisationnel",
    budget_inclusion: "Soutien à l'inclusion",
    budget_course_fees: "Frais de cours",
    budget_total: "Total estimé",
    budget_over: "Dépassement de la subvention",
    budget_under: "Reste sur la subvention",
    budget_incomplete: Plural {
        one: "{n} participant sans estimation complète (ville introuvable, pays hors barème…) : voir les contrôles",
        other: "{n} participants sans estimation complète (ville introuvable, pays hors barème…) : voir les contrôles",
    },
    budget_targets_window: "Objectifs : réalisé / prévu",
    budget_planned: "Prévu",
    budget_implemented: "Réalisé",
    bm_export_button: "📤 Exporter vers le Beneficiary Module…",
    bm_export_tip: "Choisissez le fichier exporté du projet dans le Beneficiary Module (XLSX ou CSV) : les participants y sont écrits avec son en-tête, et les lignes qu'il refuserait sont listées",
    bm_file_suffix: "participants",
    bm_report_title: "Export vers le Beneficiary Module",
    budget_header: "{campus} — estimation de la subvention Erasmus+",
    budget_project: "Projet {reference} (appel {year}) : {n} participants, {total} estimés",
    budget_grant: " pour {grant} accordés",
    budget_unverified: " — barème non vérifié par rapport au guide du programme",
    budget_no_table: " — aucun barème pour l'appel {year} : déposez-en un dans le dossier « {folder} » de l'espace de travail",
    budget_line: "  {id}  {from} → {to}  {distance} : voyage {travel}, soutien individuel {individual}, soutien organisationnel {organisational}, inclusion {inclusion}, frais de cours {fees} = {total}",
    budget_km: "{km} km (tranche {band} km)",
    budget_distance_unknown: "distance inconnue ({city} introuvable : saisissez la distance du calculateur de la Commission)",
    budget_targets: "  Objectifs, prévu / réalisé :",
    budget_target_line: "    {activity} : participants {participants}, jours {days}, accompagnateurs {accompanying}, moins d'opportunités {fewer}, transport durable {green}",
    budget_table_error: "barème ignoré : {error}",
    add_group: "Groupe :",
    add_group_like: "✚ Ajouter {n} participants comme la ligne choisie",
    add_group_new: "✚ Ajouter {n} participants",

    code: "Code",
    label: "Libellé",
    unit: "Unité",
    source: "Source",
    target: "Cible",
    values: "Valeurs annuelles",
    year: "Année",
    add_value: "Ajouter la valeur",
    undone: "Annulé dans {where} (Ctrl+Maj+Z rétablit)",
    redone: "Rétabli dans {where}",
    value: "Valeur",
    last_value: "Dernière valeur",
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
    usage_merge_needs_three: "merge attend trois fichiers : ANCÊTRE NÔTRE LEUR",
    usage_diff_needs_two: "diff attend deux fichiers : AVANT APRÈS",
    merge_not_same_campus: "{a} et {b} ne sont pas deux versions d'un même dossier (campus « {x} » et « {y} ») : rien n'est écrit",
    merge_no_base: "pas d'ancêtre commun ({file} absent ou vide) : comparaison à deux, chaque différence est un conflit",
    merge_conflict_field: "conflit : {place}, champ {field} : nous « {ours} », eux « {theirs} », avant « {base} » — gardé : le nôtre",
    merge_conflict_deleted_by_them: "conflit : {place} : supprimé chez eux, modifié chez nous — gardé",
    merge_conflict_deleted_by_us: "conflit : {place} : supprimé chez nous, modifié chez eux — gardé",
    merge_conflict_only_ours: "conflit : {place} : seulement chez nous (sans ancêtre) — gardé",
    merge_conflict_only_theirs: "conflit : {place} : seulement chez eux (sans ancêtre) — gardé",
    merge_renumbered: "renuméroté : {list} {old} « {title} », ajouté des deux côtés, devient {new} (références comprises)",
    merge_new_error: "à vérifier après la fusion : {error}",
    merge_place_campus: "l'identité du campus",
    merge_place_application: "la candidature",
    merge_absent: "(absent)",
    merge_empty: "(vide)",
    merge_kept_mine: "Versions réunies : la vôtre reste telle quelle.",
    merge_later_copy: "La copie en conflit reste dans la liste : « Fusionner » la proposera de nouveau.",
    merge_no_file: "aucun fichier",
    diff_none: "aucune différence",
    diff_added: "+ {place} (ajouté)",
    diff_removed: "- {place} (supprimé)",
    diff_changed: "~ {place}",
    diff_field: "    {field} : « {before} » → « {after} »",
    merge_in_title: "Une autre version de ce dossier est arrivée",
    merge_in_body: Plural {
        one: "« {campus} » a été modifié ailleurs (une autre machine, par le dossier synchronisé). Ce qui ne se contredit pas est déjà réuni ; pour le conflit ci-dessous, choisissez la version à garder. Rien n'est écrit avant « Appliquer la fusion ».",
        other: "« {campus} » a été modifié ailleurs (une autre machine, par le dossier synchronisé). Ce qui ne se contredit pas est déjà réuni ; pour chacun des {n} conflits ci-dessous, choisissez la version à garder. Rien n'est écrit avant « Appliquer la fusion ».",
    },
    merge_in_no_base: "La version de départ commune n'est pas connue sur cette machine : chaque différence est présentée.",
    merge_mine: "La mienne : « {value} »",
    merge_theirs: "La leur : « {value} »",
    merge_other: "Autre :",
    merge_record_kept: "fiche gardée",
    merge_record_deleted: "fiche supprimée",
    merge_all_mine: "Garder partout la mienne",
    merge_all_theirs: "Prendre partout la leur",
    merge_apply: "Appliquer la fusion",
    merge_later: "Plus tard",
    merge_later_message: "La version arrivée sur le disque n'est pas fusionnée : l'enregistrement la proposera de nouveau.",
    merge_received: "Reçu d'une autre machine et fusionné : {what} — Ctrl+Z le retire.",
    merge_other_campus: "{file} contient maintenant un autre campus (« {theirs} ») : il n'est pas fusionné avec celui-ci.",
    merge_reloaded: "Dossier relu : une autre fenêtre l'a enregistré.",
    merge_bad_value: "{place} : « {value} » ne convient pas à ce champ.",
    merge_records: Plural {
        one: "{n} fiche",
        other: "{n} fiches",
    },
    copy_line: "⚠ copie en conflit : {name}",
    copy_merge: "Fusionner",
    copy_merge_tip: "Une copie laissée par le logiciel de synchronisation quand le dossier a changé des deux côtés : la fusionner avec le dossier, fiche par fiche (les conflits vous sont présentés) ; elle est ensuite rangée dans copies-fusionnees/, jamais supprimée.",
    copy_set_aside: "La copie {file} est fusionnée et rangée dans {folder}/ ; enregistrez le dossier pour garder la fusion.",
    journal_title: "Journal",
    journal_name: "Votre nom dans le journal :",
    journal_keep: "Tenir le journal à ce nom",
    journal_off: "Aucun journal n'est tenu tant que vous n'avez pas donné votre nom : chaque enregistrement y notera alors, à côté du dossier (NOM.journal, synchronisé avec lui), la date, votre nom et une ligne par fiche modifiée.",
    journal_empty: "Aucune ligne dans le journal de ce dossier.",
    journal_damaged: "Lignes illisibles du journal : {lines} (laissées telles quelles dans le fichier).",
    journal_when: "Quand",
    journal_who: "Qui",
    journal_what: "Fiche",
    journal_fields: "Champs modifiés",
    journal_added: "{place} (ajoutée)",
    journal_removed: "{place} (supprimée)",
    journal_started: "Journal tenu au nom de « {name} » : chaque enregistrement y est noté.",
};

/// The title of each list's section.
fn list_title(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Decisions => "Décisions de labellisation",
        ListKind::Partners => "Partenaires",
        ListKind::Sectors => "Filières & formations",
        ListKind::Actions => "Plan d'actions",
        ListKind::Projects => "Projets Erasmus+",
        ListKind::Mobilities => "Mobilités Erasmus+ (participants)",
        ListKind::Indicators => "Indicateurs",
        ListKind::Milestones => "Jalons",
    }
}

/// What refers to a record, in the delete question.
fn referrer(r: &Referrer) -> String {
    match r {
        Referrer::CampusSupport => "l'établissement support du campus".to_owned(),
        Referrer::ActionLead(title) => format!("l'action « {title} » (pilote)"),
        Referrer::ActionPartner(title) | Referrer::ActionIndicator(title) => {
            format!("l'action « {title} »")
        }
        Referrer::Participant(id) => format!("le participant {id}"),
        Referrer::Formation(diploma) => format!("la formation « {diploma} »"),
    }
}

fn partner_kind(v: PartnerKind) -> &'static str {
    match v {
        PartnerKind::Lycee => "Lycée (EPLE)",
        PartnerKind::LyceePro => "Lycée professionnel",
        PartnerKind::Cfa => "CFA",
        PartnerKind::Universite => "Université / EPSCP",
        PartnerKind::Ecole => "École supérieure",
        PartnerKind::EcoleCollege => "École primaire ou collège",
        PartnerKind::Laboratoire => "Laboratoire",
        PartnerKind::FormationContinue => "Formation continue",
        PartnerKind::Entreprise => "Entreprise",
        PartnerKind::Branche => "Branche / OPCO",
        PartnerKind::PoleCompetitivite => "Pôle de compétitivité",
        PartnerKind::Collectivite => "Collectivité",
        PartnerKind::Etat => "État (rectorat, services de l'État)",
        PartnerKind::Association => "Association",
        PartnerKind::Etranger => "Partenaire étranger",
    }
}

fn decision_kind(v: DecisionKind) -> &'static str {
    match v {
        DecisionKind::Creation => "Création",
        DecisionKind::Renouvellement => "Renouvellement",
        DecisionKind::PassageExcellence => "Passage « excellence »",
        DecisionKind::Relabellisation => "Nouvelle labellisation (nom ou périmètre)",
        DecisionKind::Modificatif => "Arrêté modificatif",
        DecisionKind::NonRenouvellement => "Non-renouvellement",
        DecisionKind::Retrait => "Retrait du label",
    }
}

fn category(v: LabelCategory) -> &'static str {
    match v {
        LabelCategory::Cmq => "CMQ",
        LabelCategory::Excellence => "CMQ « excellence »",
        LabelCategory::AConfirmer => "CMQ (catégorie à confirmer)",
    }
}

fn formation_status(v: FormationStatus) -> &'static str {
    match v {
        FormationStatus::Scolaire => "Scolaire",
        FormationStatus::Apprentissage => "Apprentissage",
        FormationStatus::FormationContinue => "Formation continue",
    }
}

fn action_status(v: ActionStatus) -> &'static str {
    match v {
        ActionStatus::Prevue => "Prévue",
        ActionStatus::EnCours => "En cours",
        ActionStatus::Terminee => "Terminée",
        ActionStatus::Abandonnee => "Abandonnée",
    }
}

fn activity(v: ActivityType) -> &'static str {
    match v {
        ActivityType::JobShadowing => "Job shadowing",
        ActivityType::Enseignement => "Mission d'enseignement",
        ActivityType::Formation => "Cours et formations",
        ActivityType::Competition => "Compétition professionnelle",
        ActivityType::MobiliteGroupe => "Mobilité de groupe",
        ActivityType::CourteDuree => "Mobilité courte durée",
        ActivityType::ErasmusPro => "ErasmusPro (longue durée)",
        ActivityType::ExpertInvite => "Expert invité",
        ActivityType::EnseignantAccueilli => "Accueil d'enseignants ou de formateurs en formation",
        ActivityType::VisitePreparatoire => "Visite préparatoire",
    }
}

fn participant_kind(v: ParticipantKind) -> &'static str {
    match v {
        ParticipantKind::Apprenants => "Apprenant",
        ParticipantKind::Personnels => "Personnel",
        ParticipantKind::Accompagnateurs => "Accompagnateur",
        ParticipantKind::Experts => "Expert invité",
        ParticipantKind::EnseignantsAccueillis => "Enseignant ou formateur accueilli",
    }
}

fn transport(v: Transport) -> &'static str {
    match v {
        Transport::NonRenseigne => "Non renseigné",
        Transport::Train => "Train",
        Transport::Bus => "Bus ou car",
        Transport::Covoiturage => "Covoiturage",
        Transport::Velo => "Vélo",
        Transport::AutreDurable => "Autre moyen durable",
        Transport::Avion => "Avion",
        Transport::Voiture => "Voiture",
        Transport::Bateau => "Bateau ou ferry",
        Transport::AutreNonDurable => "Autre moyen (non durable)",
    }
}

fn key_action(v: KeyAction) -> &'static str {
    match v {
        KeyAction::Ka121 => "KA121 (mobilité, accréditation)",
        KeyAction::Ka122 => "KA122 (mobilité, projet de courte durée)",
        KeyAction::Ka210 => "KA210 (partenariat de petite échelle)",
        KeyAction::Ka220 => "KA220 (partenariat de coopération)",
        KeyAction::Ka102 => "KA102 (mobilité EFP, 2014-2020)",
        KeyAction::Ka116 => "KA116 (mobilité EFP avec charte, 2014-2020)",
        KeyAction::Cove => "CoVE (centre d'excellence professionnelle)",
    }
}

fn project_role(v: ProjectRole) -> &'static str {
    match v {
        ProjectRole::Coordinateur => "Coordinateur",
        ProjectRole::MembreConsortium => "Membre du consortium",
        ProjectRole::Partenaire => "Partenaire",
    }
}

fn direction(v: Direction) -> &'static str {
    match v {
        Direction::Sortante => "Sortante",
        Direction::Entrante => "Entrante",
    }
}

fn source(v: IndicatorSource) -> &'static str {
    match v {
        IndicatorSource::Saisie => "Saisie",
        IndicatorSource::InserJeunes => "InserJeunes",
        IndicatorSource::Calcul => "Calcul",
    }
}

fn milestone_kind(v: MilestoneKind) -> &'static str {
    match v {
        MilestoneKind::AppelAProjets => "Campagne de labellisation",
        MilestoneKind::DepotDossier => "Dépôt du dossier",
        MilestoneKind::ArreteLabellisation => "Arrêté de labellisation",
        MilestoneKind::BilanEtape => "Bilan d'étape",
        MilestoneKind::Evaluation => "Évaluation",
        MilestoneKind::Renouvellement => "Renouvellement",
        MilestoneKind::ComitePilotage => "Comité de pilotage",
        MilestoneKind::Autre => "Autre",
    }
}

fn milestone_status(v: MilestoneStatus) -> &'static str {
    match v {
        MilestoneStatus::Prevu => "Prévu",
        MilestoneStatus::Fait => "Fait",
        MilestoneStatus::Annule => "Annulé",
    }
}

fn item_status(v: ItemStatus) -> &'static str {
    match v {
        ItemStatus::Overdue => "En retard",
        ItemStatus::DueSoon => "Bientôt",
        ItemStatus::Upcoming => "À venir",
        ItemStatus::Done => "Fait",
    }
}

fn readiness_level(v: Level) -> &'static str {
    match v {
        Level::Missing => "Manquant",
        Level::Partly => "Partiel",
        Level::ToCheck => "À juger",
        Level::Met => "Satisfait",
    }
}

fn uai_error(e: &UaiError) -> String {
    match e {
        UaiError::Length(text, n) => {
            format!("un UAI a 8 caractères (7 chiffres et une lettre), « {text} » en a {n}")
        }
        UaiError::NotDigits(text) => {
            format!("les 7 premiers caractères d'un UAI sont des chiffres : « {text} »")
        }
        UaiError::CheckLetter { text, expected } => {
            format!("lettre de contrôle erronée dans l'UAI « {text} » : {expected} attendue")
        }
    }
}

fn siret_error(e: &SiretError) -> String {
    match e {
        SiretError::Length(text, n) => format!("un SIRET a 14 chiffres, « {text} » en a {n}"),
        SiretError::NotDigits(text) => {
            format!("un SIRET ne contient que des chiffres : « {text} »")
        }
        SiretError::Checksum(text) => {
            format!("SIRET « {text} » invalide : la clé de contrôle (Luhn) ne correspond pas")
        }
    }
}

fn issue(i: &Issue) -> String {
    match i {
        Issue::IdEmpty => {
            "identifiant vide : chaque enregistrement a besoin d'un identifiant unique".into()
        }
        Issue::IdDuplicate { id } => {
            format!("l'identifiant « {id} » est déjà utilisé plus haut dans la liste")
        }
        Issue::FormationIdDuplicate { id } => {
            format!("l'identifiant « {id} » est déjà utilisé par une autre formation")
        }
        Issue::CampusName => "le nom du campus est vide".into(),
        Issue::RegionUnknown { code } => format!(
            "région académique « {code} » inconnue : indiquez son code INSEE (27 pour Bourgogne-Franche-Comté…)"
        ),
        Issue::AcademieMissing => "aucune académie indiquée".into(),
        Issue::AcademieUnknown { code } => {
            format!("académie « {code} » inconnue : indiquez son code BCN (03 pour Besançon…)")
        }
        Issue::AcademieOutsideRegion { academie, region } => {
            format!("l'académie de {academie} n'appartient pas à la région académique {region}")
        }
        Issue::FiliereUnknown { code } => {
            format!("filière « {code} » inconnue : choisissez une des 12 filières nationales")
        }
        Issue::LabelMissing => "aucune décision de labellisation enregistrée".into(),
        Issue::LabelDateMissing => {
            "date de l'arrêté non renseignée : la fin du label ne peut pas être calculée".into()
        }
        Issue::ExcellenceTooEarly => "la catégorie « excellence » n'existe que depuis le cahier des charges du 13 décembre 2018".into(),
        Issue::LabelDurationMissing => {
            "durée du label non renseignée : la fin du label ne peut pas être calculée".into()
        }
        Issue::LabelDurationZero => "un label dure au moins un an".into(),
        Issue::LabelDurationTooLong {
            years,
            max,
            before_2019,
        } => {
            let when = if *before_2019 { "avant" } else { "depuis" };
            format!(
                "{years} ans dépasse la durée maximale de {max} ans pour un label accordé {when} le décret du 16 septembre 2019"
            )
        }
        Issue::InternationaleAfter2019 => "la mention « internationale » n'existe plus depuis le décret du 16 septembre 2019 (remplacée par la catégorie « excellence »)".into(),
        Issue::CategoryToConfirm => "catégorie du label à confirmer : lisez l'arrêté".into(),
        Issue::LabelInterruption { end, next } => format!(
            "interruption du label : il a pris fin le {} et la décision suivante date du {}, soit {} sans label",
            STRINGS.date(*end),
            STRINGS.date(*next),
            counted(
                usize::try_from((*next - *end).num_days() - 1).unwrap_or(0),
                "jour",
                "jours"
            )
        ),
        Issue::HistoryStartsLate => "la première décision de l'historique n'est pas une création : l'historique est-il complet ?".into(),
        Issue::PassageNotExcellence => {
            "un passage « excellence » accorde la catégorie « excellence »".into()
        }
        Issue::PartnerName => "le nom du partenaire est vide".into(),
        Issue::SectorName => "le nom de la filière est vide".into(),
        Issue::TooLong { chars } => format!(
            "texte de {chars} caractères, au-delà des {} qu'un champ accepte",
            crate::model::MAX_TEXT_CHARS
        ),
        Issue::Email { email } => {
            format!("« {email} » n'est pas une adresse e-mail (nom@domaine.fr)")
        }
        Issue::Uai(e) => uai_error(e),
        Issue::Siret(e) => siret_error(e),
        Issue::UaiDuplicate { uai, other } => {
            format!("l'UAI {uai} est aussi celui de « {other} » : doublon ?")
        }
        Issue::Country { country } => {
            format!("pays « {country} » : indiquez le code ISO à deux lettres (FR, DE…)")
        }
        Issue::ForeignInFrance => {
            "partenaire étranger situé en France : vérifiez le pays ou le type".into()
        }
        Issue::AbroadNotForeign => {
            "partenaire situé hors de France : choisissez le type « Partenaire étranger »".into()
        }
        Issue::ForeignWithIdentifier => "un partenaire étranger n'a ni UAI ni SIRET".into(),
        Issue::GovernanceNoEple => {
            "aucun lycée (EPLE) ne siège à l'instance de gouvernance".into()
        }
        Issue::GovernanceNoEpscp => {
            "aucune université (EPSCP) ne siège à l'instance de gouvernance".into()
        }
        Issue::Level { level } => format!(
            "niveau {level} : le cadre national va du niveau 3 (CAP) au niveau 8 (doctorat)"
        ),
        Issue::ActionTitle => "l'action n'a pas de titre".into(),
        Issue::DatesInverted { start, end } => format!(
            "la fin ({}) précède le début ({})",
            STRINGS.date(*end),
            STRINGS.date(*start)
        ),
        Issue::NegativeAmount => "un montant de budget ne peut pas être négatif".into(),
        Issue::IndicatorCodeEmpty => "l'indicateur n'a pas de code".into(),
        Issue::IndicatorCodeDuplicate { code } => {
            format!("le code « {code} » est déjà utilisé par un autre indicateur")
        }
        Issue::NotANumber => "valeur non numérique (NaN ou infinie)".into(),
        Issue::MilestoneTitle => "donnez un titre à ce jalon « Autre »".into(),
        Issue::MobilityDuration {
            days,
            activity: a,
            min,
            max,
        } => format!(
            "{days} jours : une activité « {} » dure de {min} à {max} jours",
            activity(*a)
        ),
        Issue::ActivityPublic {
            activity: a,
            participant,
        } => format!(
            "l'activité « {} » n'est pas ouverte à ce public ({})",
            activity(*a),
            participant_kind(*participant).to_lowercase()
        ),
        Issue::ActivityNotOffered {
            activity: a,
            action,
            call_year,
        } => format!(
            "l'activité « {} » n'existe pas dans un projet {} de l'appel {call_year}",
            activity(*a),
            key_action(*action)
        ),
        Issue::NoProject => "rattachez cette mobilité à un projet Erasmus+".into(),
        Issue::OutsideProject { start, end } => format!(
            "la mobilité sort des dates du projet ({} – {})",
            start.map_or_else(|| "…".to_owned(), |d| STRINGS.date(d)),
            end.map_or_else(|| "…".to_owned(), |d| STRINGS.date(d))
        ),
        Issue::TravelDays { days, max } => format!(
            "{days} jours de voyage financés : {max} au plus ({})",
            if *max > 2 { "transport durable" } else { "6 avec un transport durable" }
        ),
        Issue::UnknownCity { city, country } if city.is_empty() => format!(
            "ville non renseignée ({country}) : la distance ne peut pas être calculée ; indiquez la ville ou la distance du calculateur de la Commission"
        ),
        Issue::UnknownCity { city, country } => format!(
            "ville « {city} » ({country}) introuvable dans le répertoire des villes : indiquez la distance donnée par le calculateur de la Commission"
        ),
        Issue::ActivityIdMissing => {
            "ID d'activité de mobilité manquant (le Beneficiary Module l'exige)".into()
        }
        Issue::ActivityIdDuplicate { id } => {
            format!("l'ID d'activité « {id} » est déjà utilisé dans ce projet")
        }
        Issue::ProjectDuplicate { reference } => {
            format!("le projet « {reference} » est déjà enregistré")
        }
        Issue::ProjectDuration { months } => format!(
            "{months} mois : un projet KA122 dure de 6 à 18 mois"
        ),
        Issue::UnknownProject { id } => {
            format!("le projet « {id} » n'existe pas dans ce dossier (supprimé ?)")
        }
        Issue::CallYear { year } => format!(
            "appel {year} : les types d'activité suivis sont ceux du programme 2021-2027"
        ),
        Issue::ProjectReference { reference } => format!(
            "« {reference} » n'est pas un numéro de projet Erasmus+ (2021-2027 : 2022-1-FR01-KA121-VET-000123456 ; 2014-2020 : 2017-1-FR01-KA102-037441)"
        ),
        Issue::ProjectReferenceMismatch { says, recorded } => format!(
            "le numéro de projet dit {says}, le projet indique {recorded}"
        ),
        Issue::ProjectAgency { agency } => format!(
            "agence {agency} : une mobilité sortante d'un lycée ou d'un CFA français relève de l'agence FR01"
        ),
        Issue::SameOrganisation => {
            "organisme d'envoi et organisme d'accueil identiques : le Beneficiary Module refuse une telle mobilité".into()
        }
        Issue::Oid { oid } => format!(
            "« {oid} » n'est pas un OID Erasmus+ (E suivi de 8 chiffres, par exemple E10012345)"
        ),
        Issue::UnknownPartner { id } => {
            format!("le partenaire « {id} » n'existe pas dans ce dossier (supprimé ?)")
        }
        Issue::UnknownDecision { id } => format!(
            "la décision « {id} » n'existe pas dans ce dossier ou n'accorde pas de label"
        ),
        Issue::UnknownIndicator { id } => {
            format!("l'indicateur « {id} » n'existe pas dans ce dossier (supprimé ?)")
        }
    }
}

fn store_error(e: &StoreErrorKind) -> String {
    match e {
        StoreErrorKind::Read(e) => format!("lecture impossible ({e})"),
        StoreErrorKind::Write(e) => format!(
            "enregistrement impossible ({e}) ; la version précédente du fichier est intacte"
        ),
        StoreErrorKind::Syntax { problem, .. } => format!(
            "{} — le fichier n'a pas été modifié ; corrigez-le dans un éditeur de texte",
            syntax(problem)
        ),
        StoreErrorKind::NewerVersion(n) => format!(
            "fichier au format {} écrit par une version plus récente de CMQ Dossiers (format {} ici) : ouvert en lecture seule, il ne sera pas écrasé ; mettez l'application à jour",
            n.found, n.supported
        ),
        StoreErrorKind::Serialize(e) => format!("mise en forme du dossier impossible ({e})"),
        StoreErrorKind::Exists => {
            "un fichier de ce nom existe déjà ; rien n'a été changé".to_owned()
        }
        StoreErrorKind::InUse => {
            "ouvert dans une autre fenêtre de CMQ Dossiers ; fermez-le là d'abord".to_owned()
        }
        StoreErrorKind::NotAFile => {
            "ce n'est pas un fichier ordinaire (tube, périphérique, dossier) : ni lu ni écrit"
                .to_owned()
        }
        StoreErrorKind::OutputIsDossier => {
            "c'est un dossier (.ron) : il ne sera pas remplacé ; choisissez un autre nom".to_owned()
        }
        StoreErrorKind::OutputIsInput(input) => format!(
            "c'est le fichier {} lui-même : refusé, rien n'a été écrit ; choisissez un autre nom",
            input.display()
        ),
    }
}

fn item_title(t: &ItemTitle) -> String {
    match t {
        ItemTitle::Decision(kind, cat) => {
            format!("Arrêté : {} ({})", decision_kind(*kind), category(*cat))
        }
        ItemTitle::BilanEtape(1) => "Bilan d'étape (1 an après le label)".into(),
        ItemTitle::BilanEtape(years) => format!("Bilan d'étape ({years} ans après le label)"),
        ItemTitle::RenewalDue(months) => {
            format!("Rappel (réglage) : préparer le renouvellement, {months} mois avant la fin du label")
        }
        ItemTitle::LabelEnd(cat) => format!("Fin du label {}", category(*cat)),
        ItemTitle::LabelWithdrawn(cat) => format!("Label {} retiré", category(*cat)),
        ItemTitle::LabelExpired(cat) => {
            format!("Label {} expiré, non renouvelé", category(*cat))
        }
        ItemTitle::Evaluation => {
            "Évaluation des activités et des résultats (4e année du label, en vue du renouvellement)"
                .into()
        }
        ItemTitle::Reminder(what, days) => {
            let what = match what {
                Deadline::LabelEnd => "fin du label",
            };
            let days = if *days <= 1 {
                format!("{days} jour")
            } else {
                format!("{days} jours")
            };
            format!("Rappel : {what} dans {days}")
        }
        ItemTitle::Milestone(kind, title) if title.is_empty() => milestone_kind(*kind).into(),
        ItemTitle::Milestone(_, title) | ItemTitle::Action(title) => title.clone(),
    }
}

fn criterion_title(c: Check) -> &'static str {
    match c {
        Check::Convention => "Réseau constitué par une convention signée de ses membres",
        Check::Eple => "Au moins un établissement public local d'enseignement (EPLE)",
        Check::Governance => "Instance de gouvernance fixée par la convention, et ses membres",
        Check::Accommodation => "Hébergement et activités associatives, culturelles et sportives",
        Check::Publics => {
            "Formations ouvertes aux élèves, étudiants, apprentis et stagiaires de la formation continue"
        }
        Check::Opportunity => "Analyse de l'opportunité économique et des besoins en compétences",
        Check::GovernanceStateRegionEconomy => {
            "Gouvernance réunissant l'État (rectorat), la Région et le monde économique"
        }
        Check::Continuum => "Parcours du secondaire (niveaux 3–4) au supérieur (niveau 6 et plus)",
        Check::MixedStatuses => {
            "Mixité des statuts : scolaire, apprentissage, formation continue (et information sur la VAE)"
        }
        Check::Inclusion => "Inclusion des publics à besoins particuliers",
        Check::Orientation => "Orientation et attractivité des métiers",
        Check::International => "Mobilité internationale offerte aux apprenants du campus",
        Check::PlaceOfLife => "« Excellence » : un lieu physique de vie et d'échanges",
        Check::Research => "« Excellence » : capacité de recherche et d'innovation",
        Check::Reach => "« Excellence » : rayonnement national et international",
        Check::EuropeanPartnerships => {
            "« Excellence » : partenariats européens ou internationaux propres"
        }
        Check::PedagogicalInnovation => "« Excellence » : innovation pédagogique",
        Check::Support => "Établissement support",
        Check::Director => "Directeur opérationnel",
        Check::PresidentFromBusiness => "Président issu du monde économique",
        Check::ActionPlan => "Plan d'actions daté, avec pilotes et budget",
        Check::Indicators => "Indicateurs avec cibles et valeurs récentes",
    }
}

fn part(p: Part) -> &'static str {
    match p {
        Part::Law => "Ce que la loi exige",
        Part::CahierDesCharges => "Cahier des charges national (d'après ses résumés publiés)",
        Part::Excellence => "Exigences supplémentaires de la catégorie « excellence »",
        Part::Practice => "Usage courant (aucun texte lu ne l'impose)",
    }
}

fn criterion_source(x: &Source) -> String {
    let sure = match x.confidence {
        Confidence::High => "texte lu",
        Confidence::Medium => "sources secondaires concordantes",
        Confidence::Low => "déduit de l'usage",
    };
    match x.kind {
        SourceKind::LegalText => format!("Texte : {} ({sure})", x.citation),
        SourceKind::PublishedSummary => format!("Résumé publié : {} ({sure})", x.citation),
        SourceKind::Seed => format!("Document fondateur : {} ({sure})", x.citation),
        SourceKind::Practice => format!("Usage courant des campus ({sure})"),
    }
}

fn names(n: &Names) -> String {
    if n.more == 0 {
        n.shown.join(", ")
    } else {
        format!(
            "{} et {}",
            n.shown.join(", "),
            counted(n.more, "autre", "autres")
        )
    }
}

/// `n` and the noun, singular for 0 and 1 as French has it.
fn counted(n: usize, one: &str, other: &str) -> String {
    format!("{n} {}", if n <= 1 { one } else { other })
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
            "{} français sur {total} {} la convention",
            counted(*signed, "partenaire", "partenaires"),
            if *signed <= 1 {
                "a signé"
            } else {
                "ont signé"
            }
        ),
        Evidence::Eple(n) => format!("EPLE : {}", names(n)),
        Evidence::HigherEducation(n) => format!("Enseignement supérieur : {}", names(n)),
        Evidence::Research(n) => {
            format!(
                "{} : {}",
                counted(all(n), "laboratoire", "laboratoires"),
                names(n)
            )
        }
        Evidence::GovernanceMembers(n) => {
            format!("{} : {}", counted(all(n), "membre", "membres"), names(n))
        }
        Evidence::GovernanceSides {
            state,
            region,
            economy,
        } => format!(
            "Gouvernance : {}",
            yes_no(&[
                (*state, "État"),
                (*region, "Région"),
                (*economy, "monde économique")
            ])
        ),
        Evidence::Name(name) => name.clone(),
        Evidence::PresidentOf { name, organisation } => format!("{name} ({organisation})"),
        Evidence::Levels { lowest, highest } => format!("Niveaux {lowest} à {highest}"),
        Evidence::Publics {
            pupils,
            students,
            apprentices,
            adults,
        } => format!(
            "Publics : {}",
            yes_no(&[
                (*pupils, "élèves"),
                (*students, "étudiants"),
                (*apprentices, "apprentis"),
                (*adults, "formation continue"),
            ])
        ),
        Evidence::Statuses {
            school,
            apprenticeship,
            continuing,
        } => format!(
            "Statuts : {}",
            yes_no(&[
                (*school, "scolaire"),
                (*apprenticeship, "apprentissage"),
                (*continuing, "formation continue"),
            ])
        ),
        Evidence::OutgoingLearners(n) => format!(
            "{} du campus partis en mobilité Erasmus+",
            counted(*n as usize, "apprenant", "apprenants")
        ),
        Evidence::FewerOpportunities(n) => format!(
            "{} avec moins d'opportunités en mobilité Erasmus+",
            counted(*n as usize, "participant", "participants")
        ),
        Evidence::Foreign(n) => format!("Partenaires étrangers : {}", names(n)),
        Evidence::Actions(n) => format!("Actions : {}", names(n)),
        Evidence::TextWritten(field) => {
            let title = match *field {
                "opportunite" => STRINGS.application_parts[0],
                _ => STRINGS.application_parts[3],
            };
            format!("Texte « {title} » rédigé : à relire")
        }
        Evidence::CompleteActions { complete, total } => format!(
            "{} sur {total} ont dates, pilote et budget",
            counted(*complete, "action", "actions")
        ),
        Evidence::CompleteIndicators { complete, total } => format!(
            "{} sur {total} ont une cible et une valeur récente",
            counted(*complete, "indicateur", "indicateurs")
        ),
    }
}

fn advice(a: Advice) -> &'static str {
    match a {
        Advice::Convention => {
            "Renseignez la date de signature de la convention pour chaque partenaire français."
        }
        Advice::Eple => "Le réseau comprend au moins un lycée public (EPLE) : ajoutez-le.",
        Advice::Governance => {
            "Cochez « Membre de la gouvernance » pour les partenaires qui siègent dans l'instance fixée par la convention."
        }
        Advice::Accommodation => {
            "Décrivez l'hébergement et la vie de campus (Identité & label, « Lieu de vie »)."
        }
        Advice::Publics => {
            "Indiquez les formations de chaque public : statut scolaire, supérieur, apprentissage, formation continue."
        }
        Advice::Opportunity => {
            "Rédigez l'analyse d'opportunité (Candidature) : potentiel de la filière et besoins en compétences du territoire."
        }
        Advice::GovernanceSides => {
            "Faites siéger dans la gouvernance le rectorat (type « État »), la Région et des entreprises ou branches."
        }
        Advice::Continuum => {
            "Montrez des formations du secondaire (CAP, bac : niveaux 3–4) jusqu'au supérieur (niveau 6 et plus)."
        }
        Advice::MixedStatuses => {
            "Ouvrez les formations sous plusieurs statuts : scolaire, apprentissage, formation continue."
        }
        Advice::Inclusion => {
            "Montrez comment le campus accueille les publics à besoins particuliers (mobilités « moins d'opportunités », actions)."
        }
        Advice::Orientation => {
            "Ajoutez les actions d'orientation et d'attractivité (axe « Attractivité et orientation »)."
        }
        Advice::International => {
            "Ajoutez les mobilités Erasmus+ sortantes des apprenants du campus."
        }
        Advice::PlaceOfLife => {
            "Décrivez le lieu physique de vie et d'échanges du campus ; jugez s'il répond à l'exigence « excellence »."
        }
        Advice::Research => {
            "Ajoutez une structure de recherche partenaire (laboratoire, plateforme technologique)."
        }
        Advice::Reach => {
            "Montrez le rayonnement : partenaires étrangers et mobilités sortantes ; jugez s'il est national et international."
        }
        Advice::EuropeanPartnerships => {
            "Ajoutez les partenaires étrangers propres au campus (type « Étranger »)."
        }
        Advice::PedagogicalInnovation => {
            "Rédigez le projet pédagogique (Candidature) et ses innovations ; jugez s'il répond à l'exigence « excellence »."
        }
        Advice::SupportMissing => "Choisissez l'établissement support dans Identité & label.",
        Advice::DirectorMissing => "Renseignez le directeur opérationnel et ses coordonnées.",
        Advice::DirectorContact => "Ajoutez l'e-mail ou le téléphone du directeur opérationnel.",
        Advice::PresidentMissing => "Renseignez le président de l'instance de gouvernance.",
        Advice::PresidentFromBusiness => {
            "L'usage veut un président issu du monde économique : cochez la case s'il l'est."
        }
        Advice::ActionPlan => "Donnez à chaque action ses dates, son pilote et son budget.",
        Advice::Indicators => "Donnez à chaque indicateur une cible et sa dernière valeur.",
    }
}

fn save_error(e: &SaveError) -> String {
    match e {
        SaveError::Locked(h) if h.elsewhere => format!(
            "ce dossier est ouvert sur un autre ordinateur, « {} » (processus {}) {} : il est en lecture seule ici pour ne pas écraser ses modifications. À travers un dossier synchronisé, ce verrou n'est qu'indicatif (il peut ne pas voyager) : « Ouvrir quand même » permet de travailler ici, et les deux versions seront fusionnées fiche par fiche",
            h.host,
            h.pid,
            lock_since(h)
        ),
        SaveError::Locked(h) => format!(
            "ce dossier est ouvert dans une autre fenêtre (processus {} sur {}) {} : il est en lecture seule ici pour ne pas écraser ses modifications",
            h.pid,
            h.host,
            lock_since(h)
        ),
        SaveError::ReadOnly => {
            "ce dossier vient d'une version plus récente de CMQ Dossiers : il est en lecture seule"
                .into()
        }
        SaveError::Store(e) => store_error(&e.kind),
        SaveError::Crashed(c) => format!(
            "enregistrement arrêté sur une erreur interne ({}) ; le fichier est intact, les modifications restent à enregistrer",
            c.message
        ),
    }
}

fn edit_error(e: &EditError) -> String {
    format!(
        "modification impossible : l'élément n° {} n'existe plus dans la liste « {} »",
        e.index + 1,
        list_title(e.list)
    )
}

fn within(w: &Within) -> String {
    match w {
        Within::Nowhere => String::new(),
        Within::Head => " en tête du dossier".into(),
        Within::Part(p) => format!(" dans {p}"),
    }
}

fn problem(p: &Problem) -> String {
    match p {
        Problem::Eof => "fin de fichier inattendue : le fichier semble tronqué".into(),
        Problem::UnknownField {
            found,
            expected,
            within: w,
        } => format!(
            "champ inconnu « {found} »{} ; champs possibles : {}",
            within(w),
            expected.join(", ")
        ),
        Problem::MissingField { field, within: w } => {
            format!("champ obligatoire « {field} » absent{}", within(w))
        }
        Problem::DuplicateField { field, within: w } => {
            format!("champ « {field} » écrit deux fois{}", within(w))
        }
        Problem::UnknownValue {
            found,
            expected,
            within: w,
        } => format!(
            "valeur « {found} » inconnue{} ; valeurs possibles : {}",
            within(w),
            expected.join(", ")
        ),
        Problem::WrongType { expected, found } => {
            format!("type incorrect : {expected} attendu, {found} trouvé")
        }
        Problem::ExpectedString => "texte entre guillemets attendu".into(),
        Problem::ExpectedStringEnd => "guillemet fermant manquant".into(),
        Problem::ExpectedInteger => "nombre entier attendu (ou hors limites)".into(),
        Problem::ExpectedFloat => "nombre attendu".into(),
        Problem::ExpectedBoolean => "true ou false attendu".into(),
        Problem::ExpectedComma => "virgule attendue".into(),
        Problem::ExpectedList => "liste attendue : « [ »".into(),
        Problem::ExpectedListEnd => "« ] » attendu pour fermer la liste".into(),
        Problem::ExpectedStruct => "structure attendue : « ( »".into(),
        Problem::ExpectedStructEnd => "« ) » attendu".into(),
        Problem::ExpectedOption => "Some(…) ou None attendu".into(),
        Problem::TrailingCharacters => "caractères en trop après la fin du dossier".into(),
        Problem::Other(text) => format!("fichier RON invalide ({text})"),
    }
}

fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::EmptyFile => "le fichier est vide : il ne contient aucun dossier".into(),
        Syntax::NoSuchVersion => "format_version : 0 n'existe pas (les versions commencent à 1) ; le fichier n'a pas été modifié".into(),
        Syntax::NotADossier => "ce fichier n'est pas un dossier CMQ Dossiers (un dossier commence par « ( » puis « format_version »)".into(),
        Syntax::NotUtf8 => "caractère illisible : le fichier n'est pas en UTF-8 (enregistré en Latin-1 par un autre programme ?)".into(),
        Syntax::Problem {
            field,
            problem: p,
            truncated,
        } => {
            let mut text = problem(p);
            if *truncated {
                text.push_str(" ; le fichier semble tronqué");
            }
            match field {
                Some(field) => format!("champ « {field} » : {text}"),
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
        ..1 => "à l'instant".to_owned(),
        1..60 => format!("il y a {minutes} min"),
        60..2880 => format!("il y a {} h", minutes / 60),
        _ => format!("il y a {} jours", minutes / 1440),
    };
    format!("depuis le {}, {ago}", since.format("%d/%m/%Y à %H:%M"))
}
