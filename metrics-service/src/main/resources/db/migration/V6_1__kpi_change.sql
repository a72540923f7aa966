-- Scopes whose KPI figures, targets or budget changed since a KPI job last looked at them (issue #13), marked by the
-- lifecycle consumer and target and NPS writes. The threshold watch and the snapshot job each take their own rows, so
-- with no traffic a round reads empty tables, however many campaigns are open. A re-mark bumps `touched` (and so locks
-- the row): a job removes a mark only if it is unchanged and unlocked since it read it.
create table kpi_change (
    job      text   not null check (job in ('THRESHOLD', 'SNAPSHOT')),
    scope    text   not null check (scope in ('CAMPAIGN', 'LAUNCH', 'PRODUCT')),
    scope_id uuid   not null,
    touched  bigint not null default 0,
    primary key (job, scope, scope_id)
);

-- Every write to the rollups records the distinct campaigns it touched, one row per statement and job, in the
-- writer's own transaction: the record becomes visible exactly when the figures it announces do, so a job can never
-- take it before the change is readable, and the commit pays one small insert instead of a row per campaign (a batch's
-- counts upsert is one statement). Money and reach cells always come with a counts cell of the same campaign, so
-- activity_rollup alone sees every change.
create table kpi_change_batch (
    id           bigint generated always as identity primary key,
    job          text   not null check (job in ('THRESHOLD', 'SNAPSHOT')),
    campaign_ids uuid[] not null
);
create index kpi_change_batch_job on kpi_change_batch (job, id);

create function kpi_change_mark_rollup() returns trigger language plpgsql as $$
begin
    insert into kpi_change_batch (job, campaign_ids)
    select j.job, c.ids
    from (select array_agg(distinct campaign_id) as ids from changed_rows) c cross join (values ('SNAPSHOT'), ('THRESHOLD')) j (job)
    where c.ids is not null;
    return null;
end $$;

-- PostgreSQL allows a transition table on one event per trigger; an upsert fires both.
create trigger activity_rollup_inserted after insert on activity_rollup referencing new table as changed_rows
    for each statement execute function kpi_change_mark_rollup();
create trigger activity_rollup_updated after update on activity_rollup referencing new table as changed_rows
    for each statement execute function kpi_change_mark_rollup();

-- What existed before the change log: every open campaign and every scope with a target is looked at once.
insert into kpi_change (job, scope, scope_id)
select j, 'CAMPAIGN', campaign_id from campaign cross join (values ('SNAPSHOT'), ('THRESHOLD')) v (j)
where status not in ('COMPLETED', 'CANCELLED')
union
select 'THRESHOLD', scope, scope_id from kpi_target
on conflict do nothing;
