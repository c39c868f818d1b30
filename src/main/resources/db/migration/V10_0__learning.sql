-- Module learning: per-merchant training runs, federated global models, external data,
-- crawler jobs, merchant configuration. A merchant is a workspace (merchant_id = workspace id).
-- Platform-wide rows (global models, shared external data) use the nil workspace id.
CREATE TABLE marketing_ai_merchant_configs (
    merchant_id           UUID PRIMARY KEY,
    workspace_id          UUID         NOT NULL,
    model_version         VARCHAR(40),
    personalization_level VARCHAR(10)  NOT NULL DEFAULT 'medium',
    training_frequency    VARCHAR(10)  NOT NULL DEFAULT 'weekly',
    auto_deploy           BOOLEAN      NOT NULL DEFAULT FALSE,
    min_confidence        DOUBLE PRECISION NOT NULL DEFAULT 0.80,
    data_sources          TEXT         NOT NULL DEFAULT '{"internal": true, "external": false, "federated": false}',
    privacy_level         VARCHAR(20)  NOT NULL DEFAULT 'private',
    last_trained_at       TIMESTAMP WITH TIME ZONE,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE marketing_ai_model_weights (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    dimension    INTEGER      NOT NULL,
    feature_schema TEXT       NOT NULL,
    weights      BYTEA        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX marketing_ai_model_weights_hash ON marketing_ai_model_weights (workspace_id, sha256);

CREATE TABLE marketing_ai_training_runs (
    id                   UUID PRIMARY KEY,
    workspace_id         UUID         NOT NULL,
    merchant_id          UUID         NOT NULL,
    model_version        VARCHAR(40)  NOT NULL,
    model_type           VARCHAR(20)  NOT NULL,
    training_data        TEXT         NOT NULL,
    metrics              TEXT         NOT NULL,
    source_type          VARCHAR(20)  NOT NULL,
    model_weights_hash   VARCHAR(64)  NOT NULL,
    weights_id           UUID         NOT NULL,
    deployed             BOOLEAN      NOT NULL DEFAULT FALSE,
    aggregated           BOOLEAN      NOT NULL DEFAULT FALSE,
    training_duration_ms BIGINT       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX marketing_ai_training_runs_merchant ON marketing_ai_training_runs (workspace_id, created_at);

CREATE TABLE marketing_ai_global_models (
    id                 UUID PRIMARY KEY,
    workspace_id       UUID         NOT NULL,
    version            INTEGER      NOT NULL UNIQUE,
    aggregation_method VARCHAR(40)  NOT NULL DEFAULT 'federated_averaging',
    metrics            TEXT         NOT NULL,
    contributing_runs  TEXT         NOT NULL,
    model_weights_hash VARCHAR(64)  NOT NULL,
    weights_id         UUID         NOT NULL,
    deployed           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE marketing_ai_external_data (
    id               UUID PRIMARY KEY,
    workspace_id     UUID         NOT NULL,
    source_type      VARCHAR(20)  NOT NULL,
    source_name      VARCHAR(200) NOT NULL,
    data_category    VARCHAR(40)  NOT NULL,
    data_summary     TEXT         NOT NULL,
    quality_score    DOUBLE PRECISION NOT NULL,
    used_in_training BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE marketing_ai_crawler_jobs (
    id          UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL,
    job_type    VARCHAR(40)  NOT NULL,
    target_urls TEXT         NOT NULL,
    filters     TEXT         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    progress    TEXT         NOT NULL,
    priority    INTEGER      NOT NULL,
    created_by  VARCHAR(254) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX marketing_ai_crawler_jobs_pending ON marketing_ai_crawler_jobs (status, priority);

-- The merchant's own training rows (an imported CSV); read only inside its workspace.
CREATE TABLE marketing_ai_datasets (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    label_column VARCHAR(100) NOT NULL,
    row_count    INTEGER      NOT NULL,
    content      BYTEA        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX marketing_ai_datasets_workspace ON marketing_ai_datasets (workspace_id, created_at);

-- Tokens of merchant-side agents (stored as SHA-256) and the updates they send.
CREATE TABLE marketing_ai_agent_tokens (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    name         VARCHAR(120) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE marketing_ai_agent_updates (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    base_version INTEGER      NOT NULL,
    examples     BIGINT       NOT NULL,
    weights_id   UUID         NOT NULL,
    consumed     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
