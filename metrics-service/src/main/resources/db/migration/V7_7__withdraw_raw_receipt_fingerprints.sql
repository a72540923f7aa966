-- Receipts of POST /api/v1/activity written before this version hold an unkeyed SHA-256 of the raw batch, every
-- event's customerRef included: a guessed reference could be confirmed against it. ActivityIngest now fingerprints
-- the batch with each reference as metrics' keyed pseudonym. The old hash is withdrawn (plumbing's
-- IdempotencyReceipts.WITHDRAWN_FINGERPRINT): such a receipt answers any retry under its key with its first answer
-- until the retention purge removes it (24 h), instead of a 422 from comparing with the new fingerprint.
-- Plumbing's V5_9 creates the table; where it comes late (out of order) there is nothing to withdraw yet.
do $$
begin
    if to_regclass('idempotency_receipt') is not null then
        update idempotency_receipt set request_hash = 'withdrawn' where request_hash <> 'withdrawn';
    end if;
end
$$;
