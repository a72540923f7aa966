-- A CustomerErasureCompleted whose request feedback has not recorded yet: requests and completions travel on two
-- topics with two consumers, so metrics can announce its erasure before feedback has read the request. Kept here and
-- applied (then deleted) when the request is recorded, so the request does not stay PENDING for ever. Only the request
-- id, the service and its time, never a customer reference. A row whose request never comes is purged after
-- marketingops.feedback.privacy.erasure.early-completion-retention, counted from received_at (database time, as the
-- shared retention purge counts).
create table early_erasure_completion (
    request_id    uuid        not null,
    service       text        not null,
    completed_at  timestamptz not null,
    received_at   timestamptz not null default now(),
    primary key (request_id, service)
);
create index early_erasure_completion_received_at on early_erasure_completion (received_at);
