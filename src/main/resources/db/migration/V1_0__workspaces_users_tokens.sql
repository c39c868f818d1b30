-- Module workspace: tenants, their users, API tokens and settings.
CREATE TABLE workspaces (
    id            UUID PRIMARY KEY,
    slug          VARCHAR(80)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    locale        VARCHAR(10)  NOT NULL DEFAULT 'fr',
    time_zone     VARCHAR(60)  NOT NULL DEFAULT 'Europe/Paris',
    privacy_level VARCHAR(30)  NOT NULL DEFAULT 'private',
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE workspace_users (
    id             UUID PRIMARY KEY,
    workspace_id   UUID         NOT NULL REFERENCES workspaces (id),
    email          VARCHAR(254) NOT NULL UNIQUE,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(200),
    role           VARCHAR(20)  NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins  INTEGER      NOT NULL DEFAULT 0,
    locked_until   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX workspace_users_workspace ON workspace_users (workspace_id);

CREATE TABLE api_tokens (
    id            UUID PRIMARY KEY,
    workspace_id  UUID         NOT NULL REFERENCES workspaces (id),
    name          VARCHAR(120) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    token_hint    VARCHAR(12)  NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_tokens_workspace ON api_tokens (workspace_id);

CREATE TABLE workspace_settings (
    workspace_id  UUID         NOT NULL REFERENCES workspaces (id),
    setting_key   VARCHAR(120) NOT NULL,
    setting_value TEXT,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, setting_key)
);
