package dev.marketingops.feedback.collect;

import static dev.marketingops.feedback.support.FeedbackApi.ingest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A CSV body is decoded strictly in its charset: bytes that are not text are refused, never stored as U+FFFD. */
@QuarkusTest
class CsvEncodingTest {

    private static final String HEADER = "type,score,rating,text,productId,launchId,campaignId,roadmapItemId,channel,locale,"
            + "submittedAt,customerRef,idempotencyKey\n";
    /** As curl sends it: text/csv with no charset, which RestAssured would otherwise complete with ISO-8859-1. */
    private static final RestAssuredConfig NO_DEFAULT_CHARSET = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    StoredFeedback stored;

    @Test
    void invalidUtf8IsA400NamingTheBodyAndTheLine() {
        byte[] csv = row(new byte[] {(byte) 0xff, (byte) 0xfe, ' ', 'b', 'a', 'd'});
        for (String type : new String[] {"text/csv", "text/csv; charset=UTF-8"}) {
            ingest().config(NO_DEFAULT_CHARSET).contentType(type).body(csv).post("/api/v1/feedback/import").then()
                    .statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("line 2"));
        }
    }

    @Test
    void anExportInTheCharsetItsContentTypeNamesIsRead() {
        byte[] csv = row(new byte[] {'c', 'a', 'f', (byte) 0xe9});
        String id = ingest().config(NO_DEFAULT_CHARSET).contentType("text/csv; charset=ISO-8859-1").body(csv)
                .post("/api/v1/feedback/import").then().statusCode(200)
                .body("results[0].outcome", equalTo("ACCEPTED")).extract().path("results[0].feedbackId");
        assertThat(stored.textOf(UUID.fromString(id))).isEqualTo("caf\u00e9");
    }

    @Test
    void anUnknownCharsetIs415() {
        ingest().config(NO_DEFAULT_CHARSET).contentType("text/csv; charset=klingon").body(row("fine".getBytes()))
                .post("/api/v1/feedback/import").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }

    /** The header and one NPS row whose text cell is {@code text}, as raw bytes. */
    private static byte[] row(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("NPS,9,,".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(text);
        out.writeBytes(("," + UUID.randomUUID() + ",,,,WEB,en,,cust-" + UUID.randomUUID() + ",\n")
                .getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
