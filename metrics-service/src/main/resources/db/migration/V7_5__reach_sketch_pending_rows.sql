-- Reach is written as one small row per campaign-day and batch instead of reading and rewriting the day's sketch in
-- every batch (ReachSketchWriter): a batch inserts a sketch of its own references as a pending row, and
-- ReachCompaction (every marketingops.metrics.reach.compaction-interval, default 1 minute) merges a day's rows into one.
-- Readers are unchanged: they already estimate the union of every row of a range, and a union of a day's rows holds
-- the same registers as the one sketch they replace. So a campaign-day may now have several rows: no primary key, an
-- index for the readers' (campaign, day range) lookups, and a partial index that finds the days still to merge.
-- Rows are no longer updated, so the fillfactor V7_4 set for HOT updates goes back to the default.
alter table reach_sketch drop constraint reach_sketch_pkey;
alter table reach_sketch reset (fillfactor);
alter table reach_sketch add column pending boolean not null default false;
create index reach_sketch_campaign_day on reach_sketch (campaign_id, bucket_day);
create index reach_sketch_pending on reach_sketch (campaign_id, bucket_day) where pending;
