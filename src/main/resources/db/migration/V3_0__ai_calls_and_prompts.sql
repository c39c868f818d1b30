-- Module ai: one row per task run (usage accounting), and per-workspace prompt versions.
CREATE TABLE ai_calls (
    id              UUID PRIMARY KEY,
    workspace_id    UUID             NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    task            VARCHAR(80)      NOT NULL,
    provider        VARCHAR(40)      NOT NULL,
    engine          VARCHAR(40)      NOT NULL,
    model           VARCHAR(120),
    prompt_id       VARCHAR(80)      NOT NULL,
    prompt_version  INTEGER          NOT NULL,
    prompt_source   VARCHAR(20)      NOT NULL,
    latency_ms      BIGINT           NOT NULL,
    input_tokens    BIGINT           NOT NULL,
    output_tokens   BIGINT           NOT NULL,
    cost_usd        DOUBLE PRECISION NOT NULL,
    offline         BOOLEAN          NOT NULL,
    fallback        BOOLEAN          NOT NULL,
    fallback_reason VARCHAR(300),
    redacted        BOOLEAN          NOT NULL,
    confidence      DOUBLE PRECISION
);
CREATE INDEX ai_calls_workspace_time ON ai_calls (workspace_id, occurred_at);

CREATE TABLE ai_prompt_versions (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    prompt_id    VARCHAR(80)  NOT NULL,
    lang         VARCHAR(8)   NOT NULL,
    version      INTEGER      NOT NULL,
    body         TEXT         NOT NULL,
    note         VARCHAR(300),
    created_by   VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (workspace_id, prompt_id, lang, version)
);
