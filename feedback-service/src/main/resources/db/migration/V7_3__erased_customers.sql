-- Who was erased, so an erased customer's old feedback never comes back (a DLQ replay, an old CSV re-imported after
-- the idempotency receipts expired, a late Kafka submission). Only the keyed pseudonym, under every key known at the
-- erasure (customer_key_id says which), never the raw reference. Submissions of that customer made at or before
-- erased_at are refused; a later one is new consent and kept. Rows are kept for good: they hold no feedback.
create table erased_customer (
    customer_hash    text        primary key,
    customer_key_id  text        not null,
    erased_at        timestamptz not null
);
