-- The status last announced (ObjectiveProgressed) or set by an edit, per objective: a change is announced once,
-- whether a reading or the day made it. Absent for an objective not seen since this table came; the calendar's first
-- pass writes its status without announcing it.
create table objective_status (
    objective_id  uuid primary key references objective (id) on delete cascade,
    status        text        not null,
    changed_at    timestamptz not null
);
