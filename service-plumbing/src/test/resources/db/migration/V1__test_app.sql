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
-- Launches the test consumer treats as poison: 'overflow' writes past numeric(38,6), 'constraint' breaks a check,
-- 'locked' waits for a row lock the test holds (a transient failure that lasts as long as the test wants).
create table poison_launch (
    launch_id  uuid primary key,
    kind       text not null
);
create table consumer_sink (
    amount  numeric(38, 6) not null check (amount >= 0)
);
create table consumer_lock (
    id  int primary key
);
insert into consumer_lock (id) values (1);
