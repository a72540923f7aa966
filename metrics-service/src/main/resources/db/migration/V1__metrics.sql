-- Where each consumer stands in each partition. Written in the same transaction as the rollups it produced,
-- so the database, not Kafka's committed offsets, decides what has been counted.
create table consumer_offset (
    consumer     text    not null,
    topic        text    not null,
    partition_no int     not null,
    next_offset  bigint  not null,
    primary key (consumer, topic, partition_no)
);

-- Activity event ids seen within the dedup horizon (default 24 h); older rows are purged in chunks.
-- Non-UUID CloudEvent ids are stored as a name-based UUID of the id.
create table seen_activity (
    event_id uuid        not null primary key,
    seen_at  timestamptz not null default now()
);
create index seen_activity_seen_at on seen_activity using brin (seen_at);

-- Counted activity per campaign x channel x journey stage x event-time hour.
create table activity_rollup (
    campaign_id   uuid        not null,
    bucket_start  timestamptz not null,
    channel       text        not null,
    journey_stage text        not null,
    impressions   bigint      not null default 0,
    clicks        bigint      not null default 0,
    conversions   bigint      not null default 0,
    signups       bigint      not null default 0,
    engagements   bigint      not null default 0,
    activities    bigint      not null default 0,
    primary key (campaign_id, bucket_start, channel, journey_stage)
);

-- Spend and revenue per rollup cell and currency: amounts are never converted, so mixed currencies stay visible.
create table money_rollup (
    campaign_id   uuid           not null,
    bucket_start  timestamptz    not null,
    channel       text           not null,
    journey_stage text           not null,
    kind          text           not null check (kind in ('SPEND', 'REVENUE')),
    currency      char(3)        not null,
    amount        numeric(38, 6) not null,
    primary key (campaign_id, bucket_start, channel, journey_stage, kind, currency)
);

-- Distinct customer refs per campaign and event-time day, as a serialized Apache DataSketches HLL (mergeable).
create table reach_sketch (
    campaign_id uuid  not null,
    bucket_day  date  not null,
    sketch      bytea not null,
    primary key (campaign_id, bucket_day)
);

-- What metrics knows about a campaign from campaign.lifecycle.
create table campaign (
    campaign_id     uuid primary key,
    launch_id       uuid,
    product_id      uuid,
    status          text           not null,
    budget_amount   numeric(38, 6),
    budget_currency char(3),
    updated_at      timestamptz    not null
);
create index campaign_launch on campaign (launch_id);
create index campaign_product on campaign (product_id);

-- A KPI target of a scope: from roadmap objectives (objective_id set) or set by an analyst.
create table kpi_target (
    id           uuid primary key,
    scope        text           not null,
    scope_id     uuid           not null,
    kpi_key      text           not null,
    direction    text           not null,
    baseline     numeric(38, 6),
    target       numeric(38, 6) not null,
    due_date     date,
    objective_id uuid unique,
    source       text           not null,
    version      bigint         not null default 0,
    updated_at   timestamptz    not null
);
create unique index kpi_target_analyst on kpi_target (scope, scope_id, kpi_key) where objective_id is null;
create index kpi_target_scope on kpi_target (scope, scope_id);

-- Whether a threshold is currently crossed; flips emit KpiThresholdCrossed once, with hysteresis on the way back.
create table threshold_state (
    scope     text        not null,
    scope_id  uuid        not null,
    kind      text        not null,
    line      text        not null,
    crossed   boolean     not null,
    changed_at timestamptz not null,
    primary key (scope, scope_id, kind, line)
);

-- Latest NPS and CSAT per feedback subject, from feedback.insights.
create table nps_score (
    subject_type text           not null,
    subject_id   uuid           not null,
    nps          numeric(10, 4) not null,
    responses    bigint         not null,
    csat_average numeric(10, 4),
    as_of        timestamptz    not null,
    primary key (subject_type, subject_id)
);

-- Answers of the activity ingest API by Idempotency-Key, so a retried batch gets the stored answer.
create table ingest_receipt (
    idempotency_key text primary key,
    caller          text        not null,
    request_hash    text        not null,
    response        text        not null,
    created_at      timestamptz not null default now()
);
