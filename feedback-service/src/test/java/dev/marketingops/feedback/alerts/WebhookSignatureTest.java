package dev.marketingops.feedback.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.alerts.domain.WebhookSignature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signature header matches an HMAC-SHA256 computed independently (Python's hmac) over "t.body". */
class WebhookSignatureTest {

    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTimestampDotBodyAsStripeDoes() {
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    }

    @Test
    void verificationFailsForAnotherSecretBodyOrTimestamp() {
        String header = WebhookSignature.header("whsec_test", 1_700_000_000L, BODY);
        assertThat(WebhookSignature.verify("whsec_test", header, BODY)).isTrue();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY)).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", header, "{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(WebhookSignature.verify("whsec_test", header.replace("t=1700000000", "t=1700000001"), BODY)).isFalse();
    }
}
