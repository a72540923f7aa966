-- Feature-request triage: a request can be linked to an item later, unlinked, or merged into another request.
alter table feedback add column merged_into uuid references feedback (id) on delete set null;
create index feedback_untriaged on feedback (submitted_at desc)
    where type = 'FEATURE_REQUEST' and roadmap_item_id is null and merged_into is null;

-- Who asked for a request (pseudonymised customer keys only). Merging moves voters to the target, each once.
-- An item's votes are its distinct voters over the requests linked to it: one vote per customer everywhere.
create table feature_request_voter (
    feedback_id    uuid not null references feedback (id) on delete cascade,
    customer_hash  text not null,
    primary key (feedback_id, customer_hash)
);
create index feature_request_voter_customer on feature_request_voter (customer_hash);
insert into feature_request_voter (feedback_id, customer_hash)
    select id, customer_hash from feedback where type = 'FEATURE_REQUEST';
-- Votes are derived from feature_request_voter now.
drop table feature_vote;

-- Per item, a counter that orders FeatureVotesCounted events; the row is locked while the item is recounted.
create table feature_item_tally (
    roadmap_item_id  uuid primary key,
    sequence         bigint not null default 0
);

-- NPS drop alerts: the highest NPS announced since the last drop alert.
alter table subject_state add column nps_peak numeric(6, 2);

-- Theme growth alerts: when a theme last alerted about a subject, so one growth spike alerts once per window.
create table theme_alert (
    subject_type  text        not null,
    subject_id    uuid        not null,
    term          text        not null,
    alerted_at    timestamptz not null,
    primary key (subject_type, subject_id, term)
);

-- Alert deliveries to webhooks, written in the alert's transaction (no dual write) and sent at least once.
-- status PENDING → DELIVERED, or DEAD after the last attempt (the dead letters, listed over REST).
create table webhook_delivery (
    id               uuid        primary key,
    webhook          text        not null,
    event_id         uuid        not null,
    event_type       text        not null,
    payload          text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text        check (char_length(last_error) <= 1000),
    created_at       timestamptz not null,
    finished_at      timestamptz,
    unique (webhook, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_dead on webhook_delivery (created_at desc) where status = 'DEAD';
