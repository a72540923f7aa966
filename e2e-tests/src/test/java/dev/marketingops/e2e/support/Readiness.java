package dev.marketingops.e2e.support;

import static io.restassured.RestAssured.given;

/** Reads a service's readiness the way Kubernetes would. */
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
}
