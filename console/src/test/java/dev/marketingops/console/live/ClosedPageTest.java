package dev.marketingops.console.live;

import static org.awaitility.Awaitility.await;

import dev.marketingops.console.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

/** A page whose tab is closed, and a page whose browser is closed, stop following the live feed within two seconds. */
@QuarkusTest
class ClosedPageTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @TestHTTPResource("/")
    URL console;

    @Inject
    LiveFeed feed;

    @Test
    void aClosedTabAndAClosedBrowserUnsubscribeAtOnce() {
        UUID kept = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        Browser browser = Browser.open(console.toString()).signInAs("viewer");
        try {
            // Any page follows its subject; a campaign page of an unknown id shows the 404 and still connects.
            browser.go("/campaigns/" + kept);
            await().atMost(Duration.ofSeconds(15)).until(() -> feed.following(kept) == 1);
            String first = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.go("/campaigns/" + closed);
            await().atMost(Duration.ofSeconds(15)).until(() -> feed.following(closed) == 1);
            browser.driver().close();
            browser.driver().switchTo().window(first);
            await().atMost(PROMPTLY).until(() -> feed.following(closed) == 0);
            browser.screenshot("live-closed-tab");
        } finally {
            browser.close();
        }
        await().atMost(PROMPTLY).until(() -> feed.following(kept) == 0);
    }
}
