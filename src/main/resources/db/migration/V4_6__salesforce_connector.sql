-- Salesforce connector (module crm): connection per workspace, pending authorisations, push outbox.
CREATE TABLE sf_connections (
    workspace_id UUID PRIMARY KEY,
    login_url VARCHAR(255) NOT NULL,
    instance_url VARCHAR(255) NOT NULL,
    refresh_token TEXT NOT NULL,
    access_token TEXT,
    connected_by VARCHAR(160) NOT NULL,
    connected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    problem VARCHAR(1000),
    limit_used BIGINT,
    limit_max BIGINT,
    limit_seen_at TIMESTAMP WITH TIME ZONE,
    picklists TEXT
);

CREATE TABLE sf_authorizations (
    state VARCHAR(64) PRIMARY KEY,
    workspace_id UUID NOT NULL,
    login_url VARCHAR(255) NOT NULL,
    redirect_uri VARCHAR(500) NOT NULL,
    code_verifier TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sf_authorizations_ws ON sf_authorizations (workspace_id);

CREATE TABLE sf_outbox (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    opportunity_id UUID NOT NULL,
    draft_id UUID,
    status VARCHAR(16) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(2000),
    account_sf_id VARCHAR(32),
    contact_sf_id VARCHAR(32),
    opportunity_sf_id VARCHAR(32),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sf_outbox_due ON sf_outbox (status, next_attempt_at);
CREATE INDEX sf_outbox_ws_opp ON sf_outbox (workspace_id, opportunity_id);
