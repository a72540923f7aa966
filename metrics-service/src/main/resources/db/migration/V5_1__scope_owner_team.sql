-- The team that owns each campaign, launch and product, from the events announcing them; analysts' writes to a
-- scope's targets are checked against it. Campaigns known before this column existed get their owner with their next
-- campaign.lifecycle event (every one carries it); until then only an admin may set their targets.
alter table campaign add column owner_team text;

create table scope_owner (
    scope      text not null check (scope in ('LAUNCH', 'PRODUCT')),
    scope_id   uuid not null,
    owner_team text not null,
    primary key (scope, scope_id)
);
