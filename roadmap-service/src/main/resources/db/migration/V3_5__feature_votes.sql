-- Feature-request votes are counted by feedback-service (one per customer) and announced as FeatureVotesCounted;
-- the highest sequence applied per item is kept, so a late or repeated count never overwrites a newer one.
alter table item_insight add column feature_votes_sequence bigint not null default 0;
