-- Each erasure requested here, so a privacy officer can see when it reached every service (GET /erasure-requests/{id}).
-- The customer only as the keyed pseudonym under the key current at the request (customer_key_id says which), never
-- the raw reference. Rows are kept for good: they are the proof that the erasure was asked for and done.
create table erasure_request (
    id               uuid        primary key,
    customer_hash    text        not null,
    customer_key_id  text        not null,
    requested_at     timestamptz not null,
    requested_by     text        not null,
    erased_feedback  bigint      not null
);

-- Per service: PENDING until its CustomerErasureCompleted arrives (feedback's own row is DONE with the request).
create table erasure_request_service (
    request_id    uuid        not null references erasure_request (id) on delete cascade,
    service       text        not null,
    status        text        not null check (status in ('PENDING', 'DONE')),
    completed_at  timestamptz,
    primary key (request_id, service),
    check ((status = 'DONE') = (completed_at is not null))
);
-- The overdue gauge counts the requests with a service still pending: only those rows are indexed.
create index erasure_request_service_pending on erasure_request_service (request_id) where status = 'PENDING';
