-- the provider's id of a sent item (Twilio message sid), and the outbox page's listing
ALTER TABLE support_outbox ADD COLUMN provider_ref VARCHAR(100);
CREATE INDEX support_outbox_ws ON support_outbox (workspace_id, status, created_at);
