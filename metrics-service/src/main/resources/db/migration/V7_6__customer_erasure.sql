-- Erasure records: per erased customer, its keyed pseudonym (never the raw reference) and the time the erasure was
-- applied, written in the erasure's inbox transaction. A batch that stores touchpoints reads the records that can
-- concern it (erased_at at or after its oldest touchpoint, served by the erased_at index) and leaves out every
-- touchpoint of an erased customer dated at or before its erasure, so activity that arrives late (a backlog, a batch
-- gathered while the erasure committed, a replayed dead letter) never brings an erased customer back; activity dated
-- after the erasure is new and kept. A record older than the touchpoint retention can concern no storable touchpoint
-- any more, so the shared retention purge deletes it then (CustomerErasurePurge).
create table customer_erasure (
    customer_key uuid        primary key,
    erased_at    timestamptz not null
);
create index customer_erasure_erased_at on customer_erasure (erased_at);
