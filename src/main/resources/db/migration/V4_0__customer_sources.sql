-- Module crm: saved read-only customer sources (JDBC URL + table); passwords encrypted.
CREATE TABLE crm_customer_sources (
    id                 UUID PRIMARY KEY,
    workspace_id       UUID          NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    jdbc_url           VARCHAR(1000),
    username           VARCHAR(200),
    password_enc       TEXT,
    table_name         VARCHAR(200)  NOT NULL,
    enrichment_table   VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX crm_customer_sources_workspace ON crm_customer_sources (workspace_id, created_at);
