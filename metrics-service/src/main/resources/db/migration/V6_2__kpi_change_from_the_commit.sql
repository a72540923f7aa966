-- The activity commit records its campaigns itself (KpiChangeLog, a RollupTransactionStep in the same transaction),
-- so the V6_1 triggers on activity_rollup go: they re-derived the same campaign ids from a transition table.
drop trigger activity_rollup_inserted on activity_rollup;
drop trigger activity_rollup_updated on activity_rollup;
