-- Customer journeys for attribution and the people funnel: one row per ActivityRecorded that carries a customerRef,
-- written in the same transaction as the rollups (so exactly once). The customer is a keyed pseudonym: the first
-- 128 bits of HMAC-SHA256(marketingops.metrics.journeys.pseudonym-key, customerRef); the raw reference is never stored.
-- Weekly range partitions on the event time are created ahead and dropped after the retention (default 180 days) by
-- TouchpointMaintenance, so the table never grows without bound. Fixed-width columns first (no alignment padding).
create table touchpoint (
    occurred_at   timestamptz not null,
    count         bigint      not null,
    customer_key  uuid        not null,
    campaign_id   uuid        not null,
    channel       text        not null,
    kind          text        not null,
    journey_stage text        not null,
    amount        numeric(18, 6),
    currency      text
) partition by range (occurred_at);

-- Attribution and the people funnel read a scope's campaigns over a time range.
create index touchpoint_campaign_time on touchpoint (campaign_id, occurred_at);
-- Erasure deletes one customer's rows in every partition.
create index touchpoint_customer on touchpoint (customer_key);
