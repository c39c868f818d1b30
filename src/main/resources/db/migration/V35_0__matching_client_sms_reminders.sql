ALTER TABLE matching_client ADD COLUMN phone VARCHAR(16);
ALTER TABLE matching_client ADD COLUMN sms_consent_at TIMESTAMP WITH TIME ZONE;
