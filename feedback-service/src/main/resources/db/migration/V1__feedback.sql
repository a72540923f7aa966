-- Feedback as stored: text already redacted, customer only as a keyed hash (with the id of the key that made it).
create table feedback (
    id               uuid        primary key,
    type             text        not null check (type in ('NPS', 'CSAT', 'REVIEW', 'FEATURE_REQUEST')),
    score            integer     check (score between 0 and 10),
    rating           integer     check (rating between 1 and 5),
    redacted_text    text        check (char_length(redacted_text) <= 10000),
    sentiment        numeric(4, 3) check (sentiment between -1 and 1),
    product_id       uuid,
    launch_id        uuid,
    campaign_id      uuid,
    roadmap_item_id  uuid,
    channel          text        not null,
    locale           text        not null,
    submitted_at     timestamptz not null,
    received_at      timestamptz not null,
    customer_hash    text        not null,
    customer_key_id  text        not null,
    idempotency_key  text        unique,
    delivered_at     timestamptz,
    delivered_launch_id uuid,
    version          bigint      not null default 0,
    check (product_id is not null or launch_id is not null or campaign_id is not null or roadmap_item_id is not null)
);
create index feedback_customer on feedback (customer_hash);
create index feedback_product on feedback (product_id, submitted_at) where product_id is not null;
create index feedback_launch on feedback (launch_id, submitted_at) where launch_id is not null;
create index feedback_campaign on feedback (campaign_id, submitted_at) where campaign_id is not null;
create index feedback_item on feedback (roadmap_item_id, submitted_at) where roadmap_item_id is not null;

-- Keywords (stems) and two-word phrases found by the analyzer; label is the surface form shown to people.
create table feedback_term (
    feedback_id  uuid not null references feedback (id) on delete cascade,
    term         text not null,
    label        text not null,
    primary key (feedback_id, term)
);
create index feedback_term_term on feedback_term (term);

-- One vote per customer per roadmap item, whatever the number of requests they wrote.
create table feature_vote (
    roadmap_item_id  uuid not null,
    customer_hash    text not null,
    feedback_id      uuid not null references feedback (id) on delete cascade,
    primary key (roadmap_item_id, customer_hash)
);

-- Per subject: the last NPS/CSAT figures announced, and whether a negative-sentiment alert is open.
-- The row is locked while a subject's figures are recomputed, so its events leave in commit order.
create table subject_state (
    subject_type    text    not null,
    subject_id      uuid    not null,
    nps             numeric(6, 2),
    responses       bigint  not null default 0,
    csat_average    numeric(4, 3),
    alerting        boolean not null default false,
    primary key (subject_type, subject_id)
);

-- Launches learned from roadmap.launches, so feedback can be tied to them and requests closed when they ship.
create table tracked_launch (
    launch_id     uuid primary key,
    item_id       uuid,
    product_id    uuid,
    name          text,
    launch_date   date,
    status        text not null,
    completed_at  timestamptz,
    version       bigint not null default 0
);
create index tracked_launch_item on tracked_launch (item_id);
