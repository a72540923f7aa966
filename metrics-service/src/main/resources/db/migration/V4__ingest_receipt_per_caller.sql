-- Idempotency keys belong to the caller that chose them (as Stripe scopes keys per account): two tools that pick the
-- same key must not see each other's answers or be refused with 422.
alter table ingest_receipt drop constraint ingest_receipt_pkey;
alter table ingest_receipt add primary key (caller, idempotency_key);
