-- Mails read from a workspace's sales mailbox (module opportunities): each one becomes a
-- capture once, known by its Message-ID (or its content hash when it has none).
CREATE TABLE opp_mailbox_messages (
    workspace_id UUID NOT NULL,
    message_key VARCHAR(500) NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    draft_id UUID,
    subject VARCHAR(500),
    sender VARCHAR(320),
    problem VARCHAR(1000),
    received_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, message_key)
);
CREATE INDEX opp_mailbox_messages_ws ON opp_mailbox_messages (workspace_id, created_at);
