-- Keys under which an account is found again (module crm): name word blocks (p:/s: first and
-- last three letters), company e-mail or website domains (d:), registry numbers (r:siren:..., r:ninea:...).
CREATE TABLE crm_account_keys (
    workspace_id UUID NOT NULL,
    account_id UUID NOT NULL REFERENCES crm_accounts (id),
    match_key VARCHAR(160) NOT NULL,
    PRIMARY KEY (workspace_id, match_key, account_id)
);
CREATE INDEX crm_account_keys_account ON crm_account_keys (workspace_id, account_id);
