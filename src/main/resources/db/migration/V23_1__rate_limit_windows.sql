-- The shared rate limiter: one row per key and fixed window, counted by every instance.
CREATE TABLE rate_limit_windows (
	limit_key VARCHAR(300) NOT NULL,
	window_start BIGINT NOT NULL,
	hits INT NOT NULL,
	expires_at BIGINT NOT NULL,
	CONSTRAINT rate_limit_windows_pk PRIMARY KEY (limit_key, window_start)
);

CREATE INDEX rate_limit_windows_expiry ON rate_limit_windows (expires_at);
