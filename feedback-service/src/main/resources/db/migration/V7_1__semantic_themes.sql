-- Semantic themes (issue 15): feedback texts grouped by the meaning of their sentence vectors (all-MiniLM-L6-v2,
-- 384 dimensions). A theme keeps the sum of its members' unit vectors (its centroid's direction) and their count;
-- each text keeps its vector, so erasing it (cascade from feedback) subtracts exactly what it added.
create table theme (
    id          uuid        primary key,
    vector_sum  real[]      not null,
    members     integer     not null default 0 check (members >= 0),
    created_at  timestamptz not null
);

create table feedback_theme (
    feedback_id  uuid   primary key references feedback (id) on delete cascade,
    theme_id     uuid   not null references theme (id),
    similarity   real   not null,
    vector       real[] not null
);
create index feedback_theme_theme on feedback_theme (theme_id, similarity desc);

-- The sums follow their members in the same transaction; a theme without members is deleted.
create function feedback_theme_sums() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update theme
           set vector_sum = array(select s + v from unnest(vector_sum, new.vector) with ordinality as t(s, v, i) order by i),
               members = members + 1
         where id = new.theme_id;
        return new;
    end if;
    update theme
       set vector_sum = array(select s - v from unnest(vector_sum, old.vector) with ordinality as t(s, v, i) order by i),
           members = members - 1
     where id = old.theme_id;
    delete from theme where id = old.theme_id and members = 0;
    return old;
end
$$;

create trigger feedback_theme_sums after insert or delete on feedback_theme
    for each row execute function feedback_theme_sums();
