-- A contact's previous e-mail and phone, kept when a newer one replaces them (module crm).
ALTER TABLE crm_contacts ADD COLUMN secondary_email VARCHAR(254);
ALTER TABLE crm_contacts ADD COLUMN secondary_phone VARCHAR(32);
