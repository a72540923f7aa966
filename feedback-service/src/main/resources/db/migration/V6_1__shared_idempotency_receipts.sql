-- Idempotency keys moved to the shared store (service-plumbing's idempotency_receipt): per caller, the submission's
-- hash checked, purged after marketingops.idempotency.retention.
alter table feedback drop column idempotency_key;
