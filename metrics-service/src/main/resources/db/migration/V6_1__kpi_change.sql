-- Scopes whose KPI figures, targets or budget changed since a KPI job last looked at them (issue #13). The threshold
-- watch and the snapshot job each claim their own rows, so with no traffic a tick reads an empty table, however many
-- campaigns are open. `touched` only exists so a re-mark updates (and so locks) an existing row: a job's claim then
-- waits for the marking transaction instead of deleting the mark before the change it announces is visible.
create table kpi_change (
    job      text   not null check (job in ('THRESHOLD', 'SNAPSHOT')),
    scope    text   not null check (scope in ('CAMPAIGN', 'LAUNCH', 'PRODUCT')),
    scope_id uuid   not null,
    touched  bigint not null default 0,
    primary key (job, scope, scope_id)
);

-- Every write to the rollups marks its campaigns in the writer's own transaction, once per statement (a batch's
-- counts upsert is one statement), rows locked in key order like every other marker. Money and reach cells always
-- come with a counts cell of the same campaign, so activity_rollup alone sees every change.
create function kpi_change_mark_rollup() returns trigger language plpgsql as $$
begin
    insert into kpi_change (job, scope, scope_id)
    select j.job, 'CAMPAIGN', c.campaign_id
    from (select distinct campaign_id from changed_rows) c cross join (values ('SNAPSHOT'), ('THRESHOLD')) j (job)
    order by 1, 3
    on conflict (job, scope, scope_id) do update set touched = kpi_change.touched + 1;
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
