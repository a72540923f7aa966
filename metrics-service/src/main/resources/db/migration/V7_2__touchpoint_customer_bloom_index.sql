-- The customer index serves only erasure (customer_key = ?); attribution and the people funnel read the covering
-- campaign-time index (index-only scans, checked with EXPLAIN). A pseudonym is a random 128-bit value, so the b-tree
-- took every ingested row into a random leaf: the most expensive part of writing touchpoints. A BRIN bloom index keeps
-- one small bloom filter per 32 heap pages (about 2,240 rows) instead: rows are appended, so an insert touches at most
-- the last range's summary, and autosummarize lets autovacuum summarise each filled range. Erasure reads the ranges
-- whose filter may hold the pseudonym (about 1 % false positives) plus any not yet summarised, and rechecks each row.
-- Measured on the shared machine (load 41-77), copying 490,000 rows into one weekly partition in 7 batches,
-- alternating: b-tree 44.5 and 14.0 s, bloom 10.0, 7.0 and 6.4 s; the index is 0.9 MB instead of 18.7 MB.
drop index touchpoint_customer;
create index touchpoint_customer on touchpoint
    using brin (customer_key uuid_bloom_ops (n_distinct_per_range = 2500, false_positive_rate = 0.01))
    with (pages_per_range = 32, autosummarize = on);
