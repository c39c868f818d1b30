ALTER TABLE matching_appointment ADD COLUMN reminder_sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE matching_appointment ADD COLUMN outcome VARCHAR(20);
CREATE INDEX matching_appointment_reminder ON matching_appointment (starts_at, reminder_sent_at);

CREATE TABLE matching_rating (
    appointment_id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    client_id UUID NOT NULL REFERENCES matching_client (id) ON DELETE CASCADE,
    shopper_id UUID NOT NULL REFERENCES matching_shopper (id) ON DELETE CASCADE,
    stars INTEGER NOT NULL,
    comment TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX matching_rating_shopper ON matching_rating (workspace_id, shopper_id);
