-- Salesforce pushes move to the shared outbox (kind 'salesforce-push', the opportunity as
-- target and reference); what Salesforce answered to a delivered push stays with crm.
CREATE TABLE sf_push_results (
    outbox_id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    account_sf_id VARCHAR(32),
    contact_sf_id VARCHAR(32),
    opportunity_sf_id VARCHAR(32),
    warning VARCHAR(1000)
);

INSERT INTO outbox (id, workspace_id, kind, target, subject, body, headers, reference_id, status, attempts,
    next_attempt_at, last_error, created_at, sent_at, provider_ref)
SELECT id, workspace_id, 'salesforce-push', CAST(opportunity_id AS VARCHAR(36)), NULL,
    CONCAT('{"opportunityId":"', CAST(opportunity_id AS VARCHAR(36)), '"}'),
    CASE WHEN draft_id IS NULL THEN '{}' ELSE CONCAT('{"draftId":"', CAST(draft_id AS VARCHAR(36)), '"}') END,
    opportunity_id,
    CASE status WHEN 'DONE' THEN 'SENT' WHEN 'FAILED' THEN 'FAILED' ELSE 'PENDING' END,
    attempts, COALESCE(next_attempt_at, updated_at), LEFT(last_error, 1000), created_at,
    CASE WHEN status = 'DONE' THEN updated_at END, opportunity_sf_id
FROM sf_outbox;

INSERT INTO sf_push_results (outbox_id, workspace_id, account_sf_id, contact_sf_id, opportunity_sf_id, warning)
SELECT id, workspace_id, account_sf_id, contact_sf_id, opportunity_sf_id, warning FROM sf_outbox WHERE status = 'DONE';

DROP TABLE sf_outbox;

-- the shared drainer ("outbox") delivers them now
DELETE FROM scheduled_tasks WHERE task_name = 'salesforce-outbox';
