-- The owner team of each launch and product as roadmap's events named it (LaunchScheduled, LifecycleStageChanged;
-- plumbing's TeamOwners), so a campaign linked to a launch or product is checked against that owner (CampaignLinks).
create table scope_owner (
    scope      text not null check (scope in ('LAUNCH', 'PRODUCT')),
    scope_id   uuid not null,
    owner_team text not null,
    primary key (scope, scope_id)
);

-- Launches fanned out before this table existed: their drafts carry the launch's owner team.
insert into scope_owner (scope, scope_id, owner_team)
select distinct on (launch_id) 'LAUNCH', launch_id, owner_team
from campaign where launch_channel is not null
order by launch_id, created_at;
