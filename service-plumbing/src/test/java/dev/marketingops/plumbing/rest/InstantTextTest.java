package dev.marketingops.plumbing.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The instant writer prints exactly what the JSR-310 module's writer prints, for every instant and setting. */
class InstantTextTest {

    /** A view with instants as answers carry them. */
    record Stamped(Instant createdAt, List<Instant> more) {
    }

    /** A property with its own format, which the standard writer must keep handling. */
    record Formatted(@JsonFormat(pattern = "yyyy-MM-dd HH:mm", timezone = "UTC") Instant at) {
    }

    @Test
    void writesTheSameTextAsTheStandardWriter() throws Exception {
        ObjectMapper standard = mapper(false);
        ObjectMapper ours = mapper(true);
        // Otherwise this test would compare the standard writer with itself.
        assertThat(ours.getSerializerProviderInstance().findValueSerializer(Instant.class).getClass().getName())
                .isEqualTo(InstantText.class.getName() + "$Writer");
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("0000-01-01T00:00:00Z").minusNanos(1),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1),
                Instant.parse("1969-12-31T23:59:59.5Z"), Instant.parse("2030-03-04T09:00:00Z"),
                Instant.parse("2030-03-04T09:00:00.100Z"), Instant.parse("2030-03-04T09:00:00.000100Z"),
                Instant.parse("2030-03-04T09:00:00.000000100Z"), Instant.parse("2024-02-29T23:59:59.123456Z")));
        SplittableRandom random = new SplittableRandom(13);
        int[] nanoSteps = {1_000_000_000, 1_000_000, 1000, 1};
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L - 1000, 253_402_300_799L + 1000);
            int step = nanoSteps[i % nanoSteps.length];
            int nanos = step == 1_000_000_000 ? 0 : random.nextInt(1_000_000_000 / step) * step;
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        for (Instant instant : instants) {
            assertThat(ours.writeValueAsString(instant)).as("%s", instant).isEqualTo(standard.writeValueAsString(instant))
                    .isEqualTo("\"" + instant + "\"");
        }
        Stamped stamped = new Stamped(instants.get(9), instants.subList(0, 20));
        assertThat(ours.writeValueAsString(stamped)).isEqualTo(standard.writeValueAsString(stamped));
    }

    @Test
    void leavesFormatsAndTimestampsToTheStandardWriter() throws Exception {
        Formatted formatted = new Formatted(Instant.parse("2030-03-04T09:15:30.5Z"));
        assertThat(mapper(true).writeValueAsString(formatted)).isEqualTo("{\"at\":\"2030-03-04 09:15\"}");
        Stamped stamped = new Stamped(Instant.parse("2030-03-04T09:15:30.5Z"), List.of(Instant.EPOCH));
        ObjectMapper ours = mapper(true).enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ObjectMapper standard = mapper(false).enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(ours.writeValueAsString(stamped)).isEqualTo(standard.writeValueAsString(stamped));
    }

    /** Configured as Quarkus configures the services' mapper: JSR-310, text dates, UTC. */
    private static ObjectMapper mapper(boolean withInstantText) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).setTimeZone(TimeZone.getTimeZone("UTC"));
        if (withInstantText) {
            // Registered before and after the JSR-310 module would be the same: a modifier sees the final serializer.
            mapper.registerModule(InstantText.module());
        }
        return mapper;
    }
}
