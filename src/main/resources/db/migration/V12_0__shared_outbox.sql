-- One outbox for every module: support's table renamed, its rows kept; the message id
-- becomes the reference of whatever business object an item is about.
ALTER TABLE support_outbox RENAME TO outbox;
ALTER TABLE outbox RENAME COLUMN message_id TO reference_id;
ALTER TABLE outbox ALTER COLUMN kind SET DATA TYPE VARCHAR(40);
ALTER TABLE outbox ALTER COLUMN provider_ref SET DATA TYPE VARCHAR(500);
ALTER INDEX support_outbox_due RENAME TO outbox_due;
ALTER INDEX support_outbox_ws RENAME TO outbox_ws;
CREATE INDEX outbox_reference ON outbox (workspace_id, reference_id);
-- the drainer's task is now the shared module's "outbox"
DELETE FROM scheduled_tasks WHERE task_name = 'support-outbox';
