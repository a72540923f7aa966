package dev.marketingops.metrics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.attribution.domain.Attribution;
import dev.marketingops.metrics.attribution.domain.AttributionModel;
import dev.marketingops.metrics.attribution.domain.Journey;
import dev.marketingops.metrics.attribution.domain.ModelParameters;
import dev.marketingops.metrics.attribution.domain.ScopeJourneys;
import dev.marketingops.metrics.support.Api;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Attribution at scale (prints figures, asserts no timing): customers × touchpoints over 90 days, campaigns in 10
 * products, 8 channels, bulk-loaded with COPY; each model for one product and 30 days through the REST API, and the
 * touchpoint table's bytes per row. Run:
 * ./mvnw -o -pl metrics-service -am test -Dgroups=benchmark -Dmetrics.excludedGroups=none -Dmetrics.test.heap=3g
 *   -Dtest=AttributionBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.customers=1000000
 *   -Dbenchmark.touchpoints=10000000 -Dbenchmark.campaigns=1000]
 */
@QuarkusTest
@Tag("benchmark")
class AttributionBenchmarkTest {

    static final String[] CHANNELS = {"EMAIL", "SOCIAL", "PAID_SEARCH", "DISPLAY", "CONTENT", "WEB", "MOBILE_APP", "EVENT"};
    static final int PRODUCTS = 10;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    ScopeJourneys store;

    @Test
    void attributesOneProductOverThirtyDays() throws Exception {
        int customers = Integer.getInteger("benchmark.customers", 1_000_000);
        long total = Long.getLong("benchmark.touchpoints", 10_000_000L);
        int campaigns = Integer.getInteger("benchmark.campaigns", 1_000);
        Instant end = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant start = end.minus(Duration.ofDays(90));
        List<String> out = new ArrayList<>();
        UUID product = new UUID(0xB0, 0);

        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("truncate touchpoint");
            StringBuilder rows = new StringBuilder();
            for (int j = 0; j < campaigns; j++) {
                rows.append(campaign(j)).append('\t').append(new UUID(0xA0, j % (PRODUCTS * 5))).append('\t')
                        .append(new UUID(0xB0, j % PRODUCTS)).append("\tACTIVE\t").append(end).append('\n');
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy campaign (campaign_id, launch_id, product_id, status, updated_at) from stdin", new StringReader(rows.toString()));
            rows.setLength(0);
            for (int j = 0; j < campaigns; j++) {
                for (int d = 0; d < 90; d++) {
                    rows.append(campaign(j)).append('\t').append(start.plus(Duration.ofDays(d))).append('\t')
                            .append(CHANNELS[j % CHANNELS.length]).append("\tAWARENESS\tSPEND\tEUR\t").append(10 + j % 90).append('\n');
                }
            }
            copy.copyIn("copy money_rollup (campaign_id, bucket_start, channel, journey_stage, kind, currency, amount) from stdin",
                    new StringReader(rows.toString()));
            // Indexes are built once after the load (as V7_1 and V7_2 define them), far cheaper than row by row.
            st.execute("drop index touchpoint_campaign_time");
            st.execute("drop index touchpoint_customer");
            long loaded = load(copy, customers, total, campaigns, start);
            long tIndex = System.nanoTime();
            st.execute("create index touchpoint_campaign_time on touchpoint (campaign_id, occurred_at)"
                    + " include (customer_key, kind, channel, journey_stage, count, amount, currency)");
            st.execute("create index touchpoint_customer on touchpoint using brin (customer_key uuid_bloom_ops"
                    + " (n_distinct_per_range = 2500, false_positive_rate = 0.01)) with (pages_per_range = 32, autosummarize = on)");
            out.add(String.format("indexes built in %.1f s", (System.nanoTime() - tIndex) / 1e9));
            long t1 = System.nanoTime();
            // What autovacuum does after inserts (autovacuum_vacuum_insert_threshold): statistics and the visibility
            // map, without which an index-only scan still visits the table.
            st.execute("vacuum (analyze) touchpoint");
            st.execute("analyze campaign");
            out.add(String.format("loaded %,d touchpoints of %,d customers, %,d campaigns in %d products, 8 channels, over 90 days with COPY and index builds: %.1f s (%,.0f rows/s), vacuum analyze %.1f s",
                    loaded, customers, campaigns, PRODUCTS, (t1 - t0) / 1e9, loaded / ((t1 - t0) / 1e9), (System.nanoTime() - t1) / 1e9));
            try (ResultSet rs = st.executeQuery("""
                    select sum(pg_total_relation_size(inhrelid)), sum(pg_relation_size(inhrelid)),
                           (select count(*) from touchpoint), count(*)
                    from pg_inherits where inhparent = 'touchpoint'::regclass""")) {
                rs.next();
                long bytes = rs.getLong(1);
                long rowsStored = rs.getLong(3);
                out.add(String.format("touchpoint storage: %,d bytes in %d partitions for %,d rows: %.1f bytes per touchpoint "
                        + "(table alone %.1f, the rest its two indexes)", bytes, rs.getInt(4), rowsStored,
                        (double) bytes / rowsStored, (double) rs.getLong(2) / rowsStored));
            }
        }

        String scope = "productId=" + product + "&from=" + end.minus(Duration.ofDays(30)) + "&to=" + end;
        for (String model : List.of("last-touch", "first-touch", "linear", "time-decay", "position-based", "data-driven")) {
            for (int run = 1; run <= 2; run++) {
                long s = System.nanoTime();
                JsonPath answer = Api.viewer().get("/api/v1/attribution?model=" + model + "&" + scope).then().statusCode(200)
                        .extract().jsonPath();
                double seconds = (System.nanoTime() - s) / 1e9;
                BigDecimal attributed = answer.get("models[0].attributedConversions");
                BigDecimal credited = answer.<BigDecimal>getList("models[0].campaigns.attributedConversions", BigDecimal.class)
                        .stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(credited.subtract(attributed).abs()).isLessThanOrEqualTo(new BigDecimal("1e-9"));
                out.add(String.format("%-15s run %d: %.3f s, customers read %,d, attributed %s, unattributed %s%s", model, run,
                        seconds, answer.getInt("customers"), attributed.stripTrailingZeros().toPlainString(),
                        answer.<BigDecimal>get("models[0].unattributedConversions").stripTrailingZeros().toPlainString(),
                        model.equals("data-driven") ? ", paths " + answer.get("models[0].journeys.converting") + " converting + "
                                + answer.get("models[0].journeys.nonConverting") + " not" : ""));
            }
        }
        // Where the time goes: reading the journeys from PostgreSQL vs computing the model in memory.
        List<UUID> scopeCampaigns = store.campaigns(KpiScope.PRODUCT, product);
        for (AttributionModel model : List.of(AttributionModel.LAST_TOUCH, AttributionModel.DATA_DRIVEN)) {
            long r0 = System.nanoTime();
            List<Journey> journeys = store.journeys(scopeCampaigns, end.minus(Duration.ofDays(30)), end, Duration.ofDays(30),
                    model.heuristic());
            long r1 = System.nanoTime();
            Attribution.attribute(journeys, model, ModelParameters.defaults());
            long r2 = System.nanoTime();
            out.add(String.format("%-15s in process: read %,d journeys %.3f s, model %.3f s", model.apiName(), journeys.size(),
                    (r1 - r0) / 1e9, (r2 - r1) / 1e9));
        }
        out.forEach(System.out::println);
        Path results = Path.of("target", "attribution-benchmark-results.txt");
        Files.write(results, out, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static UUID campaign(int j) {
        return new UUID(0xCA, j);
    }

    /**
     * Each customer has a home product: 80 % of their touchpoints are with its campaigns. Kinds: 60 % impressions,
     * 25 % clicks, 6 % engagements, 3 % signups, 4 % conversions, 2 % revenue (EUR 10–500).
     */
    static long load(CopyManager copy, int customers, long total, int campaigns, Instant start) throws Exception {
        SplittableRandom random = new SplittableRandom(14);
        long span = Duration.ofDays(90).toSeconds();
        int perProduct = campaigns / PRODUCTS;
        double perCustomer = (double) total / customers;
        StringBuilder chunk = new StringBuilder(64 << 20);
        long written = 0;
        for (int i = 0; i < customers; i++) {
            long target = Math.round((i + 1) * perCustomer);
            String customer = new UUID(0x5EED, i).toString();
            int home = i % PRODUCTS;
            for (; written < target; written++) {
                int campaign = random.nextInt(10) < 8 ? home + PRODUCTS * random.nextInt(perProduct) : random.nextInt(campaigns);
                int k = random.nextInt(100);
                String kind = k < 60 ? "IMPRESSION" : k < 85 ? "CLICK" : k < 91 ? "ENGAGEMENT" : k < 94 ? "SIGNUP" : k < 98 ? "CONVERSION" : "REVENUE";
                String stage = k < 60 ? "AWARENESS" : k < 91 ? "CONSIDERATION" : "CONVERSION";
                chunk.append(start.plusSeconds(random.nextLong(span))).append("\t1\t").append(customer).append('\t')
                        .append(campaign(campaign)).append('\t').append(CHANNELS[campaign % CHANNELS.length]).append('\t')
                        .append(kind).append('\t').append(stage).append('\t');
                if (kind.equals("REVENUE")) {
                    chunk.append(10 + random.nextInt(490)).append('.').append(random.nextInt(10)).append(random.nextInt(10)).append("\tEUR\n");
                } else {
                    chunk.append("\\N\t\\N\n");
                }
            }
            if (chunk.length() > (48 << 20)) {
                copy.copyIn(COPY, new StringReader(chunk.toString()));
                chunk.setLength(0);
            }
        }
        copy.copyIn(COPY, new StringReader(chunk.toString()));
        return written;
    }

    static final String COPY = "copy touchpoint (occurred_at, count, customer_key, campaign_id, channel, kind, journey_stage,"
            + " amount, currency) from stdin";
}
