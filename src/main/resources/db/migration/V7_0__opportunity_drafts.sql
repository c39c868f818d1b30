-- Opportunity drafts: each processed source (note, email, document, memo, tender) once per workspace.
CREATE TABLE opp_drafts (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    source_kind VARCHAR(20) NOT NULL,
    source_name VARCHAR(255),
    content_hash VARCHAR(64) NOT NULL,
    text TEXT NOT NULL,
    document_date DATE NOT NULL,
    extraction TEXT NOT NULL,
    field_values TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    engine VARCHAR(40) NOT NULL,
    status VARCHAR(16) NOT NULL,
    account_match TEXT NOT NULL,
    contact_match TEXT NOT NULL,
    account_id UUID,
    contact_id UUID,
    opportunity_id UUID,
    created_by VARCHAR(254) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by VARCHAR(254),
    decided_at TIMESTAMP WITH TIME ZONE,
    decision_note TEXT
);
CREATE UNIQUE INDEX opp_drafts_ws_hash ON opp_drafts (workspace_id, content_hash);
CREATE INDEX opp_drafts_ws_status ON opp_drafts (workspace_id, status, created_at);
