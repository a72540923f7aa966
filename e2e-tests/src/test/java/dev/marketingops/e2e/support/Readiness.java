package dev.marketingops.e2e.support;

import static io.restassured.RestAssured.given;

/** Reads a service's readiness the way Kubernetes would, and its broker check (not part of readiness). */
public final class Readiness {

    private Readiness() {
    }

    public static boolean isUp(String service) {
        try {
            return given().baseUri(RunningStack.get().url(service)).get("/q/health/ready").statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The service's own view of the Kafka broker: {@code /q/health/group/kafka}. */
    public static boolean brokerUp(String service) {
        try {
            return given().baseUri(RunningStack.get().url(service)).get("/q/health/group/kafka").statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
