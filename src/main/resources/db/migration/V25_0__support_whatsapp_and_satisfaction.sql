-- WhatsApp replies by their WhatsApp message id, with the stage the status webhooks report
CREATE TABLE support_whatsapp_delivery (
    workspace_id UUID NOT NULL,
    wamid VARCHAR(200) NOT NULL,
    reply_id UUID NOT NULL,
    status VARCHAR(20) NOT NULL,
    error VARCHAR(1000),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, wamid)
);
CREATE INDEX support_whatsapp_delivery_reply ON support_whatsapp_delivery (workspace_id, reply_id);

-- One satisfaction survey per reply (the rated reply's Message-ID): the link's token is
-- kept as its SHA-256 only
CREATE TABLE support_rating (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    thread_id UUID NOT NULL,
    reply VARCHAR(500),
    categorie VARCHAR(100),
    automatic BOOLEAN NOT NULL,
    score INTEGER,
    comment VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT support_rating_token UNIQUE (token_hash)
);
CREATE INDEX support_rating_ws ON support_rating (workspace_id, answered_at);
