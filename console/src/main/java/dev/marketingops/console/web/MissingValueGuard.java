package dev.marketingops.console.web;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Results;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateNode.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Fails a render whose expression found nothing, instead of printing {@code NOT_FOUND} into the page. */
@ApplicationScoped
public class MissingValueGuard implements ResultMapper {

    // Strict rendering refuses a missing property, but an extension method given the wrong type (e.g.
    // fmt:percent(o.progress)) answers "not found" as a value, which it lets through; an error page is not missed.

    void register(@Observes EngineBuilder engine) {
        engine.addResultMapper(this);
    }

    @Override
    public int getPriority() {
        // Before Qute's own mappers, which would print the value as it is.
        return 100;
    }

    @Override
    public boolean appliesTo(Origin origin, Object result) {
        return Results.isNotFound(result);
    }

    @Override
    public String map(Object result, Expression expression) {
        throw new TemplateException(expression.getOrigin(), "{" + expression.toOriginalString()
                + "} found nothing: a property or an argument's type does not match what the template expects");
    }
}
