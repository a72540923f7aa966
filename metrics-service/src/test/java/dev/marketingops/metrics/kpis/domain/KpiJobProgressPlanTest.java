package dev.marketingops.metrics.kpis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jobs' reading, asked every 30 s on every replica, finds a job's oldest waiting mark without reading its backlog. */
@QuarkusTest
class KpiJobProgressPlanTest {

    static final int BACKLOG = 20_000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theOldestWaitingMarkIsFoundWithoutScanningTheWaitingMarks() throws Exception {
        JsonNode plan;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                // A copy of kpi_change with its indexes, in this transaction only (a temporary table comes first on
                // the search path), holding a backlog the job has not taken yet, and statistics that know it.
                st.execute("create temporary table kpi_change (like public.kpi_change including all) on commit drop");
                st.executeUpdate("insert into kpi_change (job, scope, scope_id) select 'THRESHOLD', 'CAMPAIGN', "
                        + "gen_random_uuid() from generate_series(1, " + BACKLOG + ")");
                st.execute("analyze kpi_change");
                try (ResultSet rs = st.executeQuery("explain (analyze, format json) " + KpiJobProgress.READ)) {
                    rs.next();
                    plan = new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
                }
            } finally {
                c.rollback();
            }
        }
        List<JsonNode> marks = new ArrayList<>();
        collect(plan, marks);
        assertThat(marks).isNotEmpty();
        for (JsonNode node : marks) {
            long read = node.path("Actual Rows").asLong() * node.path("Actual Loops").asLong(1)
                    + node.path("Rows Removed by Filter").asLong() + node.path("Rows Removed by Index Recheck").asLong();
            assertThat(read).as("rows read by %s", node).isLessThan(100);
        }
    }

    /** The plan's nodes that read kpi_change. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if ("kpi_change".equals(node.path("Relation Name").asText())) {
            into.add(node);
        }
        node.path("Plans").forEach(child -> collect(child, into));
    }
}
