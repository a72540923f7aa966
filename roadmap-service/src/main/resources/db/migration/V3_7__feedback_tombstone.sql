-- What triage or erasure already ended, per feedback id. feedback.insights keys a FeedbackReceived by its subject and
-- triage events by the request, so a FeedbackReceived or FeatureRequestLinked can arrive after the unlink, merge or
-- retraction that ended it; the tombstone keeps it from counting the piece again. Purged after a retention.
create table feedback_tombstone (
    feedback_id  uuid primary key,
    reason       text        not null,
    ended_at     timestamptz not null,
    recorded_at  timestamptz not null
);
create index feedback_tombstone_recorded_at on feedback_tombstone (recorded_at);
