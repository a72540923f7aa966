package dev.marketingops.console.feedback;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** The inbox's filters, read from the page's query string and passed on to feedback-service as they are. */
public class InboxQuery {

    @QueryParam("productId")
    public UUID productId;
    @QueryParam("launchId")
    public UUID launchId;
    @QueryParam("campaignId")
    public UUID campaignId;
    @QueryParam("type")
    public String type;
    @QueryParam("sentiment")
    public String sentiment;
    @QueryParam("theme")
    public String theme;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("page")
    @DefaultValue("0")
    public int page;
    @QueryParam("size")
    @DefaultValue("20")
    public int size = 20;

    /** Empty form fields mean "any": they are not passed on. */
    public InboxQuery normalised() {
        type = blank(type);
        sentiment = blank(sentiment);
        theme = blank(theme);
        from = blank(from);
        to = blank(to);
        return this;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The query string of these filters, without the page. */
    public String filters() {
        StringBuilder q = new StringBuilder();
        append(q, "productId", productId);
        append(q, "launchId", launchId);
        append(q, "campaignId", campaignId);
        append(q, "type", type);
        append(q, "sentiment", sentiment);
        append(q, "theme", theme);
        append(q, "from", from);
        append(q, "to", to);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            q.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
