-- Dedup moves from one indexed row per event id (seen_activity) to an id log: per commit and partition one row
-- holding the counted ids packed (16 bytes each), written in the same transaction as the rollups and positions.
-- The consumer keeps the ids of its partitions within the horizon in memory and rebuilds them from this log, so
-- checking an id costs no database round trip and writing 100k ids costs one row per partition, not 100k index inserts.
-- seen_activity held ids of a pre-release build only; they are not carried over.
drop table seen_activity;

create table activity_id_log (
    topic        text        not null,
    partition_no int         not null,
    first_offset bigint      not null,
    counted_at   timestamptz not null,
    ids          bytea       not null,
    -- A range of a partition commits once (positions fence it); a second row would mean a double count.
    primary key (topic, partition_no, first_offset)
);
create index activity_id_log_counted_at on activity_id_log (counted_at);
-- Random ids do not compress: store them out of line without trying.
alter table activity_id_log alter column ids set storage external;

-- Rollup rows are updated in place many times a minute: free space on each page lets PostgreSQL do HOT updates
-- (no new index entry per update), which halves the cost of a batch upsert.
alter table activity_rollup set (fillfactor = 70);
alter table money_rollup set (fillfactor = 70);
alter table reach_sketch set (fillfactor = 70);
