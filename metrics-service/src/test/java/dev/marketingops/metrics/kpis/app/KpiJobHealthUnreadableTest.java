package dev.marketingops.metrics.kpis.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.metrics.kpis.domain.KpiJobProgress;
import dev.marketingops.plumbing.TransientFailures;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * When the KPI job tables cannot be read, both kpi-jobs checks answer DOWN under their own names with a fixed reason:
 * no exception text, no SQL, no class name; the cause is logged once, however often health is asked.
 */
@QuarkusTest
class KpiJobHealthUnreadableTest {

    /** What a driver's message may quote: data and the statement. */
    static final String QUOTED = "select p.job from kpi_job_progress p where owner = 'ada@example.com'";

    @Inject
    KpiJobReadings readings;

    @Test
    void bothChecksAnswerDownWithAFixedReasonAndTheCauseIsLoggedOnce() {
        readings.refresh();
        QuarkusMock.installMockForType(new KpiJobProgress(null) {
            @Override
            public List<Reading> read() {
                throw new PersistenceException("JDBC exception executing SQL [" + QUOTED + "]",
                        new SQLException("ERROR: canceling statement due to lock timeout (" + QUOTED + ")", "55P03"));
            }
        }, KpiJobProgress.class);
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                if (logRecord.getLevel().intValue() >= Level.WARNING.intValue()) {
                    logged.add(logRecord);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(KpiJobReadings.class.getName());
        logger.addHandler(handler);
        try {
            String body = RestAssured.get("/q/health/group/kpi-jobs").then().statusCode(503).extract().asString();
            RestAssured.get("/q/health/group/kpi-jobs").then().statusCode(503);

            JsonPath json = JsonPath.from(body);
            assertThat(json.getList("checks.name", String.class))
                    .containsExactlyInAnyOrder(ParkedScopes.NAME, StalledJobsCheck.NAME);
            assertThat(json.getList("checks.status", String.class)).containsOnly("DOWN");
            assertThat(json.getList("checks.data.reason", String.class)).containsOnly(KpiJobReadings.UNREADABLE);
            assertThat(body).doesNotContain("ada@example.com", "select", "kpi_job_progress", "55P03", "Exception",
                    ParkedScopes.class.getSimpleName(), StalledJobsCheck.class.getSimpleName());
            // Four checks failed on two calls: one warning, with its cause.
            assertThat(logged).singleElement().satisfies(r -> assertThat(TransientFailures.causes(r.getThrown()))
                    .hasAtLeastOneElementOfType(PersistenceException.class));
        } finally {
            logger.removeHandler(handler);
        }
    }
}
