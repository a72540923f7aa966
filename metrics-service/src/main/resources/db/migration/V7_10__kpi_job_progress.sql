-- A KPI job whose rounds keep failing for a passing reason (a lock timeout, a lost connection) rolls back every time
-- and can write nothing, so its stall is read from what waits, by every replica alike, whichever holds the job:
-- since when each mark and commit record waits (marked_at), and when a chunk of the job's work last committed
-- (kpi_job_progress.moved_at, written in that chunk's transaction). A re-mark keeps marked_at: the older change still
-- waits. The defaults fill marked_at, so the writers (the activity commit's KpiChangeLog among them) are unchanged; a
-- stable default adds the column without rewriting the table, and rows already there get this migration's time.
alter table kpi_change add column marked_at timestamptz not null default now();
alter table kpi_change_batch add column marked_at timestamptz not null default now();

create table kpi_job_progress (
    job      text primary key check (job in ('THRESHOLD', 'SNAPSHOT')),
    moved_at timestamptz
);
insert into kpi_job_progress (job) values ('SNAPSHOT'), ('THRESHOLD');
