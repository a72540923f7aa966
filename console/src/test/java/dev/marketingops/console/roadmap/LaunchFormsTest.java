package dev.marketingops.console.roadmap;

import static dev.marketingops.console.support.Plan.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.Browser;
import dev.marketingops.console.support.Plan;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/** The launch's reschedule form as an editor uses it: long texts accepted, a refusal keeps the input and marks the field. */
@QuarkusTest
class LaunchFormsTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void aRefusedRescheduleKeepsWhatWasTypedAndMarksTheDate() {
        String launch = scheduledLaunch("Refused");
        String reason = "ä".repeat(400);
        try (Browser editor = Browser.open(console.toString()).signInAs("roadmap-editor")) {
            editor.go("/launches/" + launch);
            // After the item ends (31 Aug): the service refuses it and names launchDate.
            reschedule(editor, YEAR + "-12-01", reason);
            await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> !editor.all("[data-testid=field-error][data-field=launchDate]").isEmpty());
            assertThat(editor.find("#launchDate").getAttribute("value")).isEqualTo(YEAR + "-12-01");
            assertThat(editor.find("#r-reason").getAttribute("value")).isEqualTo(reason);
            assertThat(editor.find("#launchDate").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(editor.find("[data-testid=field-error][data-field=launchDate]").getText()).isNotBlank();
            assertThat(editor.driver().getCurrentUrl()).endsWith("/launches/" + launch);
            // The alert says the service's detail once, not again in brackets.
            String alert = editor.find("[data-testid=problem]").getText();
            String field = editor.find("[data-testid=field-error][data-field=launchDate]").getText();
            assertThat(alert.indexOf(field)).isEqualTo(alert.lastIndexOf(field));
            editor.screenshot("launch-reschedule-refused");
        }
    }

    @Test
    void aReasonOfAThousandUmlautsIsAccepted() {
        String launch = scheduledLaunch("Umlauts");
        try (Browser editor = Browser.open(console.toString()).signInAs("roadmap-editor")) {
            editor.go("/launches/" + launch);
            reschedule(editor, YEAR + "-04-10", "ä".repeat(1000));
            await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> editor.find("dl.facts").getText().contains("10 Apr " + YEAR));
            assertThat(editor.all("[data-testid=problem]")).isEmpty();
        }
    }

    @Test
    void aFormLargerThanTheConsoleTakesGetsAConsolePage() {
        String launch = scheduledLaunch("Too large");
        try (Browser editor = Browser.open(console.toString()).signInAs("roadmap-editor")) {
            editor.go("/launches/" + launch);
            // Only a hand-made form sends this much: the field allows 1,000 characters.
            ((JavascriptExecutor) editor.driver()).executeScript("arguments[0].removeAttribute('maxlength')", editor.find("#r-reason"));
            reschedule(editor, YEAR + "-04-10", "ä".repeat(20_000));
            await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                    .until(() -> !editor.all("h1").isEmpty() && editor.find("h1").getText().equals("Too much text"));
            assertThat(editor.all("header.top nav a")).isNotEmpty();
            editor.screenshot("form-too-large");
        }
    }

    private static String scheduledLaunch(String name) {
        Plan plan = Plan.create(name + " " + UUID.randomUUID().toString().substring(0, 6));
        String item = plan.item("LAUNCH", name + " item", YEAR + "-03-01", YEAR + "-08-31", List.of("EMAIL"), List.of());
        String launch = plan.launch(item, name + " launch", YEAR + "-03-20");
        plan.schedule(launch);
        return launch;
    }

    private static void reschedule(Browser editor, String date, String reason) {
        JavascriptExecutor js = (JavascriptExecutor) editor.driver();
        js.executeScript("arguments[0].value = arguments[1]", editor.find("#launchDate"), date);
        // Typing 1,000 characters key by key takes long on a busy machine; the value is what the form sends.
        js.executeScript("arguments[0].value = arguments[1]", editor.find("#r-reason"), reason);
        editor.find("button[data-action=reschedule]").click();
    }
}
