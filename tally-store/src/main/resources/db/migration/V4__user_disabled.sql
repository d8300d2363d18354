-- An account can be disabled (it can no longer sign in, and its sessions end) without being deleted:
-- its name stays in the audit log's history. 0 = enabled, 1 = disabled.
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
