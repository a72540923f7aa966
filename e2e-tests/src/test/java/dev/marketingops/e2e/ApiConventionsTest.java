package dev.marketingops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.infra.api.CheckedApi;
import dev.marketingops.infra.api.OpenApiDocument;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.StackService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every operation of every service, taken from its own OpenAPI document, keeps the media-type rules it documents. */
class ApiConventionsTest {

    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = RunningStack.get();
    }

    @Test
    void everyReadAskedForHtmlAnswers406AsDocumented() {
        // A read that answered any Accept served Java's toString() of its page as text/html, names unescaped.
        List<String> wrong = new ArrayList<>();
        for (StackService service : StackService.ALL) {
            URI base = URI.create(stack.url(service.name()) + "/");
            CheckedApi api = new CheckedApi(base);
            for (OpenApiDocument.ApiOperation read : OpenApiDocument.fetch(base).operations("/api/")) {
                if (read.isWrite()) {
                    continue;
                }
                CheckedApi.Answer answer = api.call("GET", read.samplePath(), stack.token("admin"), null, "Accept", "text/html");
                if (answer.status() != 406) {
                    wrong.add(service.name() + " " + read + " answered " + answer.status() + " " + answer.contentType());
                }
            }
            wrong.addAll(api.violations());
            assertThat(api.calls()).as("%s has reads", service.name()).isPositive();
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    @Test
    void everyWriteGivenABodyWithoutContentTypeAnswers415AsDocumented() {
        // Three services read such a body as JSON, the fourth refused it: one rule now, from service-plumbing.
        List<String> wrong = new ArrayList<>();
        for (StackService service : StackService.ALL) {
            URI base = URI.create(stack.url(service.name()) + "/");
            CheckedApi api = new CheckedApi(base);
            for (OpenApiDocument.ApiOperation write : OpenApiDocument.fetch(base).operations("/api/")) {
                if (!write.takesBody()) {
                    continue;
                }
                CheckedApi.Answer answer = api.callWithoutContentType(write.method(), write.samplePath(), stack.token("admin"), "{}");
                if (answer.status() != 415) {
                    wrong.add(service.name() + " " + write + " answered " + answer.status() + " " + answer.body());
                }
            }
            wrong.addAll(api.violations());
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }
}
