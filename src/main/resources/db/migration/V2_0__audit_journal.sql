-- Module audit: an append-only, hash-chained journal per workspace, and consents.
CREATE TABLE audit_chain_heads (
    workspace_id UUID PRIMARY KEY,
    last_seq     BIGINT      NOT NULL,
    last_hash    VARCHAR(64) NOT NULL
);

CREATE TABLE audit_entries (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    seq          BIGINT       NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(254) NOT NULL,
    actor_type   VARCHAR(20)  NOT NULL,
    action       VARCHAR(120) NOT NULL,
    object_type  VARCHAR(120),
    object_id    VARCHAR(200),
    reason       TEXT,
    details      TEXT,
    prev_hash    VARCHAR(64)  NOT NULL,
    hash         VARCHAR(64)  NOT NULL,
    UNIQUE (workspace_id, seq)
);
CREATE INDEX audit_entries_workspace_time ON audit_entries (workspace_id, occurred_at);

CREATE TABLE consents (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL,
    subject      VARCHAR(254) NOT NULL,
    purpose      VARCHAR(80)  NOT NULL,
    granted      BOOLEAN      NOT NULL,
    source       VARCHAR(120) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(254) NOT NULL
);
CREATE INDEX consents_subject ON consents (workspace_id, subject, purpose, recorded_at);
