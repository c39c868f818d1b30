-- Module crm: the demo CRM tables the demo workspace's customer source points to
-- (synthetic customers, generated deterministically for the demo workspace).
CREATE TABLE demo_seg_client (
    workspace_id        UUID          NOT NULL,
    client_id           VARCHAR(20)   NOT NULL,
    civilite            VARCHAR(10)   NOT NULL,
    date_naissance      DATE          NOT NULL,
    code_postal         VARCHAR(10)   NOT NULL,
    zone_habitation     VARCHAR(20)   NOT NULL,
    canal_achat         VARCHAR(20)   NOT NULL,
    nb_commandes_12m    BIGINT        NOT NULL,
    montant_12m         DOUBLE PRECISION NOT NULL,
    derniere_commande   DATE,
    anciennete_mois     BIGINT        NOT NULL,
    newsletter          BOOLEAN       NOT NULL,
    PRIMARY KEY (workspace_id, client_id)
);

CREATE TABLE demo_seg_client_enrichi (
    workspace_id        UUID          NOT NULL,
    client_id           VARCHAR(20)   NOT NULL,
    csp                 VARCHAR(30)   NOT NULL,
    revenu_moyen        DOUBLE PRECISION,
    proprietaire        BOOLEAN       NOT NULL,
    type_logement       VARCHAR(20)   NOT NULL,
    situation_familiale VARCHAR(30)   NOT NULL,
    nb_enfants          BIGINT        NOT NULL,
    taille_foyer        BIGINT        NOT NULL,
    PRIMARY KEY (workspace_id, client_id)
);
