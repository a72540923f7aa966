package dev.marketingops.infra.api;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client the test harness calls services with: HTTP/1.1 and a 10 s connect timeout. */
public final class TestHttp {

    private TestHttp() {
    }

    /**
     * HTTP/1.1 because with the client's default h2c upgrade a suite once waited on one answer for over 10 minutes, its
     * request timeout unfired.
     */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
