CREATE TABLE matching_calendar_feed (
    shopper_id UUID PRIMARY KEY REFERENCES matching_shopper (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX matching_calendar_feed_token ON matching_calendar_feed (token_hash);
