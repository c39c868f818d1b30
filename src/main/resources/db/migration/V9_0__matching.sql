CREATE TABLE matching_shopper (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(320) NOT NULL,
    city VARCHAR(120) NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    modes VARCHAR(60) NOT NULL,
    styles TEXT NOT NULL,
    price_min DOUBLE PRECISION NOT NULL,
    price_max DOUBLE PRECISION NOT NULL,
    goals TEXT NOT NULL,
    life_moments TEXT NOT NULL,
    morphologies TEXT NOT NULL,
    languages VARCHAR(200) NOT NULL,
    tags TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    availability VARCHAR(200) NOT NULL,
    photo_url VARCHAR(500),
    description TEXT NOT NULL,
    travel_km DOUBLE PRECISION NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX matching_shopper_workspace ON matching_shopper (workspace_id, name);

CREATE TABLE matching_client (
    id UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(320) NOT NULL,
    city VARCHAR(120) NOT NULL,
    mode VARCHAR(20) NOT NULL,
    styles TEXT NOT NULL,
    budget DOUBLE PRECISION NOT NULL,
    goals TEXT NOT NULL,
    life_moments TEXT NOT NULL,
    morphology VARCHAR(60),
    preferences TEXT NOT NULL,
    availability VARCHAR(200) NOT NULL,
    language VARCHAR(10) NOT NULL,
    shopper_id UUID,
    session_status VARCHAR(20) NOT NULL,
    notes TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX matching_client_workspace ON matching_client (workspace_id, created_at);
CREATE INDEX matching_client_shopper ON matching_client (workspace_id, shopper_id);

CREATE TABLE matching_weights (
    workspace_id UUID PRIMARY KEY,
    style DOUBLE PRECISION NOT NULL,
    goals DOUBLE PRECISION NOT NULL,
    life_moments DOUBLE PRECISION NOT NULL,
    morphology DOUBLE PRECISION NOT NULL,
    budget DOUBLE PRECISION NOT NULL,
    distance DOUBLE PRECISION NOT NULL,
    semantic DOUBLE PRECISION NOT NULL
);
