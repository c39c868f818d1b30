-- Module campaigns: campaign runs (the nine steps), their step states and uploaded customer files.
CREATE TABLE campaign_runs (
    id              UUID PRIMARY KEY,
    workspace_id    UUID          NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    language        VARCHAR(5)    NOT NULL,
    brief_json      TEXT          NOT NULL,
    source_id       UUID,
    upload_id       UUID,
    mapping_json    TEXT,
    k               BIGINT        NOT NULL,
    n_init          BIGINT        NOT NULL,
    seed            BIGINT        NOT NULL,
    suggest_k       BOOLEAN       NOT NULL,
    analysis_json   TEXT,
    chosen_persona  BIGINT,
    choice_reason   TEXT,
    chosen_by       VARCHAR(254),
    summary         TEXT,
    dsp_json        TEXT
);
CREATE INDEX campaign_runs_workspace ON campaign_runs (workspace_id, created_at);

CREATE TABLE campaign_steps (
    workspace_id    UUID          NOT NULL,
    run_id          UUID          NOT NULL,
    step            BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    inputs          TEXT,
    outputs         TEXT,
    error           TEXT,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, step)
);
CREATE INDEX campaign_steps_workspace ON campaign_steps (workspace_id, run_id);

CREATE TABLE campaign_uploads (
    id              UUID PRIMARY KEY,
    workspace_id    UUID          NOT NULL,
    run_id          UUID          NOT NULL,
    filename        VARCHAR(255)  NOT NULL,
    content         BYTEA         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaign_uploads_workspace ON campaign_uploads (workspace_id, run_id);
