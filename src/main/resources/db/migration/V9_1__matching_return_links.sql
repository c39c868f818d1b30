CREATE TABLE matching_return_link (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    client_id UUID NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX matching_return_link_hash ON matching_return_link (token_hash);
CREATE INDEX matching_return_link_client ON matching_return_link (workspace_id, client_id);
