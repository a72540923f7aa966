-- Receipts are purged by age (marketingops.activity.idempotency-retention); the purge finds old ones by this index.
create index ingest_receipt_created_at on ingest_receipt (created_at);
