-- The owner teams campaign-service learns from roadmap's events (LaunchScheduled, LifecycleStageChanged), so a
-- campaign linked to a launch or product is checked against that owner (CampaignLinks).
create table known_owner (
    kind       varchar(16)  not null check (kind in ('LAUNCH', 'PRODUCT')),
    id         uuid         not null,
    owner_team varchar(100) not null,
    primary key (kind, id)
);

-- Launches fanned out before this table existed: their drafts carry the launch's owner team.
insert into known_owner (kind, id, owner_team)
select distinct on (launch_id) 'LAUNCH', launch_id, owner_team
from campaign where launch_channel is not null
order by launch_id, created_at;
