ALTER TABLE matching_client ADD COLUMN assigned_at TIMESTAMP WITH TIME ZONE;
UPDATE matching_client SET assigned_at = created_at WHERE shopper_id IS NOT NULL;
