-- Follow-up tasks: next steps with a date stated in an approved note, owned by the approving user.
CREATE TABLE opp_follow_ups (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    draft_id UUID NOT NULL,
    opportunity_id UUID,
    account_id UUID,
    owner VARCHAR(254) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    due_date DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at TIMESTAMP WITH TIME ZONE,
    salesforce_id VARCHAR(32)
);
CREATE INDEX opp_follow_ups_owner ON opp_follow_ups (workspace_id, owner, status, due_date);
CREATE INDEX opp_follow_ups_opportunity ON opp_follow_ups (workspace_id, opportunity_id);
