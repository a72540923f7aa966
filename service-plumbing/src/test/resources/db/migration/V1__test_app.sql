create table trial_launch (
    id          uuid primary key,
    name        text not null,
    status      text not null,
    owner_team  text not null,
    version     bigint not null default 0
);
-- The consumer's effect: how many times each launch's completion was applied.
create table applied_completion (
    launch_id  uuid primary key,
    times      int not null
);
