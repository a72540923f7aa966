-- What each counted piece of feedback added to its item's insight (sanitised: no customer reference), so a
-- FeedbackRetracted (the customer was erased) can subtract exactly that. Feedback counted before this table existed
-- has no row and cannot be retracted one by one; see the README ("Erasure") for rebuilding insights from the topic.
create table item_feedback (
    feedback_id  uuid primary key,
    item_id      uuid           not null,
    type         text           not null,
    score        int,
    sentiment    numeric(19, 6),
    themes       jsonb          not null
);
create index item_feedback_item on item_feedback (item_id);
