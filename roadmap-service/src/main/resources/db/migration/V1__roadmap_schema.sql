-- Products and their lifecycle stage; every stage change is kept with its date.
create table product (
    id                uuid primary key,
    name              text        not null,
    owner_team        text        not null,
    stage             text        not null,
    stage_changed_on  date        not null,
    version           bigint      not null default 0
);
create index product_owner_team on product (owner_team);

create table product_stage_change (
    id              bigint generated always as identity primary key,
    product_id      uuid not null references product (id),
    previous_stage  text,
    stage           text not null,
    changed_on      date not null
);
create index product_stage_change_product on product_stage_change (product_id);

-- One roadmap per product (or portfolio) and fiscal year.
create table roadmap (
    id                      uuid primary key,
    name                    text           not null,
    product_id              uuid references product (id),
    portfolio               text,
    fiscal_year             int            not null,
    growth_target_amount    numeric(19, 4) not null,
    growth_target_currency  text           not null,
    owner_team              text           not null,
    version                 bigint         not null default 0,
    constraint roadmap_product_or_portfolio check ((product_id is null) <> (portfolio is null))
);
create unique index roadmap_product_year on roadmap (product_id, fiscal_year) where product_id is not null;
create unique index roadmap_portfolio_year on roadmap (portfolio, fiscal_year) where portfolio is not null;

create table roadmap_item (
    id                 uuid primary key,
    roadmap_id         uuid   not null references roadmap (id),
    product_id         uuid   not null references product (id),
    type               text   not null,
    title              text   not null,
    description        text,
    owner_team         text   not null,
    start_date         date   not null,
    end_date           date   not null,
    status             text   not null,
    channels           jsonb  not null,
    audience_segments  jsonb  not null,
    depends_on         jsonb  not null,
    version            bigint not null default 0,
    constraint roadmap_item_dates check (end_date >= start_date)
);
create index roadmap_item_roadmap on roadmap_item (roadmap_id);

-- At most one launch per LAUNCH item.
create table launch (
    id                    uuid primary key,
    item_id               uuid           not null unique references roadmap_item (id),
    name                  text           not null,
    launch_date           date           not null,
    tier                  int            not null check (tier between 1 and 3),
    markets               jsonb          not null,
    budget_hint_amount    numeric(19, 4),
    budget_hint_currency  text,
    status                text           not null,
    cancel_reason         text,
    completed_at          timestamptz,
    version               bigint         not null default 0
);
create index launch_date on launch (launch_date);

-- SMART objectives, as planned by their owner team.
create table objective (
    id          uuid primary key,
    item_id     uuid           not null references roadmap_item (id),
    kpi_key     text           not null,
    direction   text           not null,
    baseline    numeric(19, 6) not null,
    target      numeric(19, 6) not null,
    start_date  date           not null,
    due_date    date           not null,
    version     bigint         not null default 0
);
create index objective_item on objective (item_id);

-- The latest KPI reading per objective, kept apart so live KPIs never change an objective's version (its ETag).
create table objective_reading (
    objective_id  uuid primary key references objective (id) on delete cascade,
    actual        numeric(19, 6) not null,
    actual_at     timestamptz    not null
);

-- Campaigns created for launches, as campaign-service reports them.
create table launch_campaign (
    campaign_id  uuid primary key,
    launch_id    uuid        not null,
    name         text,
    status       text        not null,
    updated_at   timestamptz not null
);
create index launch_campaign_launch on launch_campaign (launch_id);

-- Running feedback aggregates per roadmap item, from feedback events.
create table item_insight (
    item_id                uuid primary key,
    feedback_count         bigint         not null,
    promoters              bigint         not null,
    passives               bigint         not null,
    detractors             bigint         not null,
    sentiment_sum          numeric(19, 6) not null,
    sentiment_count        bigint         not null,
    feature_request_votes  bigint         not null,
    themes                 jsonb          not null
);
