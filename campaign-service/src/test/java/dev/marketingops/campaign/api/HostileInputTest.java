package dev.marketingops.campaign.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.marketingops.campaign.support.CampaignApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hostile inputs of issue #11 get a 4xx problem+json naming the field, never a 500 or a bare status. */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void overflowingPageOrSizeIsA400NamingTheParameter() {
        for (String query : new String[] {"page=2147483647", "page=3000000000", "page=-1", "size=0", "size=99999999999"}) {
            given().auth().oauth2(CampaignApi.viewer()).get(CampaignApi.BASE + "?" + query)
                    .then().statusCode(400).contentType(startsWith(PROBLEM))
                    .body("errors.field", hasItem(query.substring(0, query.indexOf('='))));
        }
    }

    @Test
    void anEmptyBodyIsA400AndAMissingContentTypeA415() {
        given().auth().oauth2(CampaignApi.manager()).contentType(ContentType.JSON).post(CampaignApi.BASE)
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("body"));
        given().auth().oauth2(CampaignApi.manager()).post(CampaignApi.BASE)
                .then().statusCode(415).contentType(startsWith(PROBLEM));
        given().auth().oauth2(CampaignApi.manager()).contentType(ContentType.TEXT).body("{}").post(CampaignApi.BASE)
                .then().statusCode(415).contentType(startsWith(PROBLEM));
    }

    @Test
    void aDuplicateKeyIsA400NamingTheKey() {
        UUID id = CampaignApi.create();
        given().auth().oauth2(CampaignApi.manager()).contentType(ContentType.JSON).body("{\"reason\":\"a\",\"reason\":\"b\"}")
                .post(CampaignApi.BASE + "/" + id + "/schedule")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("reason"));
        CampaignApi.get(id).statusCode(200).body("status", is("DRAFT"));
    }

    @Test
    void aBudgetBeyondTheColumnIsRefusedByName() {
        Map<String, Object> body = CampaignApi.body();
        body.put("budget", Map.of("amount", "1000000000000000", "currency", "EUR"));
        CampaignApi.post(CampaignApi.manager(), body).statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("budget.amount"));
    }

    @Test
    void aDateBeyondWhatTheDatabaseHoldsIsRefusedByName() {
        Map<String, Object> body = CampaignApi.body();
        body.put("schedule", Map.of("start", "2030-01-01T00:00:00Z", "end", 1e15, "timeZone", "UTC"));
        CampaignApi.post(CampaignApi.manager(), body).statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("schedule.end"));
    }

    @Test
    void aNulCharacterInTextOrPathIsA400NamingIt() {
        Map<String, Object> body = CampaignApi.body();
        body.put("name", "Spring\u0000push");
        CampaignApi.post(CampaignApi.manager(), body).statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("name"));
        given().auth().oauth2(CampaignApi.viewer()).urlEncodingEnabled(false).get(CampaignApi.BASE + "?team=a%00b")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("team"));
        given().auth().oauth2(CampaignApi.viewer()).urlEncodingEnabled(false).get(CampaignApi.BASE + "/a%00b")
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("id"));
    }

    @Test
    void wrongJsonTypesAreRefusedByName() {
        Map<String, Object> body = CampaignApi.body();
        body.put("name", true);
        CampaignApi.post(CampaignApi.manager(), body).statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aFiveThousandCharacterIdIsA400NamingIt() {
        given().auth().oauth2(CampaignApi.viewer()).get(CampaignApi.BASE + "/" + "x".repeat(5_000))
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("id"));
    }

    @Test
    void aQueryParameterThatIsNotItsTypeIsA400NamingIt() {
        // Without plumbing's mapper JAX-RS answers these with 404, as if the list did not exist.
        for (String query : new String[] {"status=SOMEDAY", "launchId=not-a-uuid", "channel=TELEPATHY", "productId=42"}) {
            given().auth().oauth2(CampaignApi.viewer()).get(CampaignApi.BASE + "?" + query)
                    .then().statusCode(400).contentType(startsWith(PROBLEM))
                    .body("errors.field", hasItem(query.substring(0, query.indexOf('='))));
        }
    }

    @Test
    void aGetIgnoresTheContentTypeItCarries() {
        // Issue #13: a read has no body, so a stray Content-Type (here text/html) must not make it a 415.
        UUID id = CampaignApi.create();
        given().auth().oauth2(CampaignApi.viewer()).header("Content-Type", "text/html").get(CampaignApi.BASE + "/" + id)
                .then().statusCode(200).body("id", is(id.toString()));
        given().auth().oauth2(CampaignApi.viewer()).header("Content-Type", "text/html").get(CampaignApi.BASE)
                .then().statusCode(200);
    }
}
