CREATE TABLE matching_shopper_hours (
    shopper_id UUID PRIMARY KEY REFERENCES matching_shopper (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    weekly TEXT NOT NULL,
    time_off TEXT NOT NULL,
    session_minutes INTEGER NOT NULL
);

CREATE TABLE matching_client_windows (
    client_id UUID PRIMARY KEY REFERENCES matching_client (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    preferred TEXT NOT NULL
);

CREATE TABLE matching_appointment (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    client_id UUID NOT NULL REFERENCES matching_client (id) ON DELETE CASCADE,
    shopper_id UUID NOT NULL REFERENCES matching_shopper (id) ON DELETE CASCADE,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX matching_appointment_client ON matching_appointment (client_id);
CREATE UNIQUE INDEX matching_appointment_shopper_start ON matching_appointment (shopper_id, starts_at);
CREATE INDEX matching_appointment_workspace ON matching_appointment (workspace_id, shopper_id, starts_at);
