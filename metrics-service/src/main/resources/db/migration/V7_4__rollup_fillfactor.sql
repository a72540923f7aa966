-- Room on each page for the next version of its rows. A batch commit adds to rollup cells and reach sketches that an
-- earlier batch of the same hour or day already wrote, so nearly every upsert is an UPDATE of an existing row. When a
-- page is full the new row version goes to another page, and the update also inserts a new primary-key entry (a random
-- leaf of a uuid-led b-tree) and logs it. V3 left 30 % free (fillfactor 70): 83 % of the updates were HOT in the ingest
-- benchmark at half customerRef; at 50 % free, 92-98 % (docs/benchmarks.md). With free space on the page the
-- update is HOT (heap-only tuple): same page, no index entry, less WAL; the versions the previous batch left behind are
-- pruned on the page itself. The updated columns (counts, amount, sketch) are in no index, so HOT applies. The cost is
-- space: these tables hold one row per campaign, hour and stage (rollups) or campaign and day (reach), a few hundred
-- bytes each. Applies to pages filled from now on; existing pages keep their rows until rewritten (VACUUM FULL).
alter table activity_rollup set (fillfactor = 50);
alter table money_rollup set (fillfactor = 50);
alter table reach_sketch set (fillfactor = 50);
