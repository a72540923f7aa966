package dev.marketingops.feedback.alerts.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.feedback.alerts.domain.WebhookConfig;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Webhook URLs are checked when the service starts, and a refusal names the key, never the URL (it may be the secret). */
class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/T0 SECRET-TOKEN", "hooks.example.com/SECRET-TOKEN",
            "ftp://hooks.example.com/SECRET-TOKEN", "mailto:SECRET-TOKEN@example.com", "https:///SECRET-TOKEN", ""})
    void aUrlThatIsNotAnAbsoluteHttpUrlStopsTheStartWithoutBeingShown(String url) {
        assertThatThrownBy(() -> WebhookDispatcher.targets(Map.of("slack", endpoint(url))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("marketingops.feedback.alerts.webhooks.endpoints.slack.url")
                .hasMessageNotContaining("SECRET-TOKEN");
    }

    @Test
    void httpAndHttpsUrlsAreTakenAsGiven() {
        assertThat(WebhookDispatcher.targets(Map.of("a", endpoint("https://hooks.example.com/services/T0/B1/x?y=1"),
                "b", endpoint("http://127.0.0.1:8080/hook"))))
                .containsEntry("a", URI.create("https://hooks.example.com/services/T0/B1/x?y=1"))
                .containsEntry("b", URI.create("http://127.0.0.1:8080/hook"));
    }

    private static WebhookConfig.Endpoint endpoint(String url) {
        return new WebhookConfig.Endpoint() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public String secret() {
                return "secret";
            }
        };
    }
}
