-- A scope whose KPI job work fails on its own (a target whose evaluation throws, a snapshot the outbox schema rejects)
-- is parked instead of failing its whole chunk again every round: its mark stays, out of the chunks, counting the
-- failures and waiting until retry_after (1 min, doubling, at most 1 h) to be tried alone. A mark that was never
-- parked has failures 0 and no retry_after.
alter table kpi_change
    add column failures    integer     not null default 0 check (failures >= 0),
    add column retry_after timestamptz;

create index kpi_change_parked on kpi_change (job, retry_after) where failures > 0;
