-- The one Idempotency-Key store (plumbing.idempotency.IdempotencyReceipts): keys belong to the caller that chose them
-- (as Stripe scopes keys per account), the request's hash is kept so a key reused for another request is refused, and
-- rows older than marketingops.idempotency.retention are purged by RetentionPurge.
create table idempotency_receipt (
    caller          text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          integer     not null,
    response        text        not null,
    created_at      timestamptz not null default now(),
    primary key (caller, idempotency_key)
);
create index idempotency_receipt_created_at on idempotency_receipt (created_at);
