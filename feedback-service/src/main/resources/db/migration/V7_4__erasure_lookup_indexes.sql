-- Erasure (privacy.domain.CustomerData) finds a customer's copies by value, and none of these columns had an index:
--   delete from outbox_event where subject in (<feedback ids>)          read the whole outbox (7 days of events),
--   delete from idempotency_receipt where response in (<feedback ids>)  every receipt of the last 24 h,
--   select ... from feedback where merged_into in (<feedback ids>)      the whole feedback table, and so did
--   merged_into's foreign key (on delete set null) once per deleted feedback row.
-- Each is an equality on the column (an in-list), so an index turns it into a lookup (checked with EXPLAIN in
-- privacy/ErasureLookupIndexTest). idempotency_receipt.response is plumbing's column for any service's answer text, of
-- any length, while a b-tree entry holds at most about 2.7 kB: a hash index (equality only, a 4-byte hash per row)
-- never refuses a long answer, and serves the in-list through a bitmap scan. A CloudEvent subject is at most 200
-- characters, so a b-tree; merged_into is set only on merged duplicates, so the index holds only those.
-- Plumbing's V0_1 (outbox) and V5_9 (receipts) create the two tables; guarded in case they come later, out of order.
create index feedback_merged_into on feedback (merged_into) where merged_into is not null;
do $$
begin
    if to_regclass('outbox_event') is not null then
        create index if not exists outbox_event_subject on outbox_event (subject);
    end if;
    if to_regclass('idempotency_receipt') is not null then
        create index if not exists idempotency_receipt_response on idempotency_receipt using hash (response);
    end if;
end
$$;
