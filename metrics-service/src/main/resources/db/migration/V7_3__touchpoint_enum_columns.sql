-- Touchpoint rows and their covering index entries narrower: channel, kind and journey stage are fixed enums of the
-- event contract (dev.marketingops.contracts.common.Channel, ActivityKind, JourneyStage), so they are stored as
-- PostgreSQL enums, 4 bytes each, instead of text of 3-14 bytes plus a length byte. Every ingested touchpoint goes into
-- the heap and into touchpoint_campaign_time (which carries these columns so attribution reads index-only), so the
-- bytes copied, logged and indexed per touchpoint shrink. Readers and COPY are unchanged: an enum reads and writes as
-- its label (also in binary COPY), and a literal such as 'SPEND' compares as the enum. A constant added to one of the
-- contract's enums needs "alter type ... add value" here first (TouchpointEnumColumnsTest fails until then).
-- The column changes rewrite every existing partition and rebuild its indexes, once.
create type touchpoint_channel as enum (
    'EMAIL', 'SOCIAL', 'PAID_SEARCH', 'DISPLAY', 'CONTENT', 'WEB', 'MOBILE_APP',
    'EVENT', 'PRINT', 'RETAIL', 'PR', 'DIRECT_MAIL');
create type touchpoint_kind as enum ('IMPRESSION', 'CLICK', 'CONVERSION', 'SPEND', 'REVENUE', 'SIGNUP', 'ENGAGEMENT');
create type touchpoint_journey_stage as enum ('AWARENESS', 'CONSIDERATION', 'CONVERSION', 'RETENTION', 'ADVOCACY');

alter table touchpoint
    alter column channel type touchpoint_channel using channel::touchpoint_channel,
    alter column kind type touchpoint_kind using kind::touchpoint_kind,
    alter column journey_stage type touchpoint_journey_stage using journey_stage::touchpoint_journey_stage;
