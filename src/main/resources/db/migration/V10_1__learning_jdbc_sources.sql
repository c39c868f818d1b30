-- A merchant's JDBC source of training rows: one per workspace; the password is stored
-- encrypted (SecretCipher), never in clear.
CREATE TABLE marketing_ai_jdbc_sources (
    id                 UUID PRIMARY KEY,
    workspace_id       UUID          NOT NULL UNIQUE,
    jdbc_url           VARCHAR(1000) NOT NULL,
    table_name         VARCHAR(200)  NOT NULL,
    label_column       VARCHAR(100)  NOT NULL,
    username           VARCHAR(200),
    password_encrypted TEXT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_read_at       TIMESTAMP WITH TIME ZONE
);
