-- Each webhook's lane claims its own due rows; a slow receiver's backlog must not be scanned by the others.
create index webhook_delivery_due_per_webhook on webhook_delivery (webhook, next_attempt_at) where status = 'PENDING';
-- The deliveries listing, newest first (its order by), and the retention purge of finished rows.
create index webhook_delivery_listing on webhook_delivery (created_at desc, id);
create index webhook_delivery_finished on webhook_delivery (finished_at) where finished_at is not null;
