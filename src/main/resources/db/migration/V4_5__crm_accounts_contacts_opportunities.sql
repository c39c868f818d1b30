-- Local CRM: accounts, contacts, opportunities (module crm, accounts part).
CREATE TABLE crm_accounts (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    name VARCHAR(255) NOT NULL,
    name_key VARCHAR(255) NOT NULL,
    block_key VARCHAR(8) NOT NULL,
    token_block_key VARCHAR(8) NOT NULL,
    country VARCHAR(80),
    city VARCHAR(120),
    industry VARCHAR(120),
    website VARCHAR(255),
    phone VARCHAR(32),
    external_id VARCHAR(64),
    salesforce_id VARCHAR(32),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX crm_accounts_ws_block ON crm_accounts (workspace_id, block_key);
CREATE INDEX crm_accounts_ws_token_block ON crm_accounts (workspace_id, token_block_key);
CREATE INDEX crm_accounts_ws_name ON crm_accounts (workspace_id, name_key);

CREATE TABLE crm_contacts (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    account_id UUID REFERENCES crm_accounts (id),
    first_name VARCHAR(120),
    last_name VARCHAR(120),
    name_key VARCHAR(255) NOT NULL,
    title VARCHAR(160),
    email VARCHAR(254),
    phone VARCHAR(32),
    external_id VARCHAR(64),
    salesforce_id VARCHAR(32),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX crm_contacts_ws_account ON crm_contacts (workspace_id, account_id);
CREATE INDEX crm_contacts_ws_email ON crm_contacts (workspace_id, email);
CREATE INDEX crm_contacts_ws_phone ON crm_contacts (workspace_id, phone);

CREATE TABLE crm_opportunities (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    account_id UUID REFERENCES crm_accounts (id),
    contact_id UUID REFERENCES crm_contacts (id),
    name VARCHAR(255) NOT NULL,
    stage VARCHAR(80) NOT NULL,
    close_date DATE NOT NULL,
    type VARCHAR(80),
    lead_source VARCHAR(80),
    country VARCHAR(80),
    amount DOUBLE PRECISION,
    currency VARCHAR(3),
    description TEXT,
    next_step VARCHAR(255),
    source_ref VARCHAR(64),
    external_id VARCHAR(64),
    salesforce_id VARCHAR(32),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX crm_opportunities_ws_account ON crm_opportunities (workspace_id, account_id);
CREATE INDEX crm_opportunities_ws_created ON crm_opportunities (workspace_id, created_at);
