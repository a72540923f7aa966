-- Every replica asks for each KPI job's oldest waiting (unparked) mark every parked-refresh (30 s) and on each kpi-jobs
-- health call (KpiJobProgress.READ: min(marked_at) where job = ? and failures = 0). With only the primary key
-- (job, scope, scope_id) that read every waiting mark of the job, a whole backlog when the job is behind, just when
-- it is asked most. In marked_at order per job, over the marks that are not parked, it reads one index entry
-- (KpiJobProgressPlanTest checks the plan over 20,000 waiting marks). A re-mark bumps only `touched`, which no index
-- holds, so it stays a HOT update; parking (failures) already left HOT through kpi_change_parked.
create index kpi_change_waiting_by_age on kpi_change (job, marked_at) where failures = 0;
