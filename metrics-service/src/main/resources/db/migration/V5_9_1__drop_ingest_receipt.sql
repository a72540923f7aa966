-- Idempotency-Key receipts moved to the shared store (service-plumbing's idempotency_receipt, V5_9).
drop table ingest_receipt;
