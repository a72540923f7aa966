-- Transactional outbox: written in the same transaction as the state change it announces.
-- Rows are kept after publishing (published_at set) as a message log, and purged after a retention period.
create table outbox_event (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    event_key     text        not null,
    event_type    text        not null,
    source        text        not null,
    subject       text,
    occurred_at   timestamptz not null,
    payload       text        not null,
    trace_parent  text,
    created_at    timestamptz not null default clock_timestamp(),
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent inbox: the CloudEvent id, recorded in the same transaction as the consumer's effect.
create table inbox_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    received_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index inbox_event_received_at on inbox_event (received_at);

-- Wakes the relay at commit time (notifications are delivered only when the transaction commits).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;
create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();
