-- Failed sign-ins are throttled through the shared rate limiter; accounts are no longer locked.
ALTER TABLE workspace_users DROP COLUMN failed_logins;
ALTER TABLE workspace_users DROP COLUMN locked_until;
