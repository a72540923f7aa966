-- Campaigns: the aggregate. Money is numeric (exact) with its ISO-4217 code; never floating point.
create table campaign (
    id                 uuid primary key,
    name               varchar(200)  not null,
    product_id         uuid          not null,
    launch_id          uuid,
    -- Set only on drafts fanned out from a launch: one campaign per (launch, channel), so replays create nothing twice.
    launch_channel     varchar(32),
    parent_id          uuid references campaign (id),
    objective          varchar(1000) not null,
    audience_segment   varchar(200)  not null,
    budget_amount      numeric(19, 4) not null check (budget_amount >= 0),
    budget_currency    varchar(3)    not null,
    spent_amount       numeric(19, 4) not null default 0,
    starts_at          timestamptz   not null,
    ends_at            timestamptz   not null,
    time_zone          varchar(64)   not null,
    owner_team         varchar(100)  not null,
    status             varchar(16)   not null,
    budget_guard       boolean       not null default true,
    budget_warned      boolean       not null default false,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    check (ends_at > starts_at)
);
create unique index campaign_launch_channel on campaign (launch_id, launch_channel) where launch_channel is not null;
create index campaign_launch on campaign (launch_id);
create index campaign_product on campaign (product_id);
create index campaign_owner_team on campaign (owner_team);
-- The scheduler's two questions: who is due to start, who is due to end.
create index campaign_due_start on campaign (starts_at) where status = 'SCHEDULED';
create index campaign_due_end on campaign (ends_at) where status in ('ACTIVE', 'PAUSED');

create table campaign_channel (
    campaign_id  uuid        not null references campaign (id) on delete cascade,
    channel      varchar(32) not null,
    primary key (campaign_id, channel)
);
create index campaign_channel_channel on campaign_channel (channel);

-- Every lifecycle step: who, when, why. Append-only.
create table campaign_transition (
    id           bigint generated always as identity primary key,
    campaign_id  uuid          not null references campaign (id),
    action       varchar(16)   not null,
    from_status  varchar(16),
    to_status    varchar(16)   not null,
    actor        varchar(200)  not null,
    reason       varchar(1000),
    occurred_at  timestamptz   not null
);
create index campaign_transition_campaign on campaign_transition (campaign_id, id);
