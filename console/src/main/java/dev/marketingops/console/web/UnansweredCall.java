package dev.marketingops.console.web;

import io.vertx.core.VertxException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.logging.Logger;

/** A service that is down or too slow becomes a problem the page shows where it needed the answer (502), not a 500. */
@ServiceCall
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class UnansweredCall {

    private static final Logger LOG = Logger.getLogger(UnansweredCall.class);

    @AroundInvoke
    Object call(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ProcessingException e) {
            String service = service(context.getTarget().getClass());
            LOG.warnf("%s.%s got no usable answer: %s", service, context.getMethod().getName(), e.toString());
            String detail = unreachable(e)
                    ? service + " could not be reached or did not answer in time. Try again in a moment."
                    : service + " answered with something the console could not read.";
            throw ServiceProblem.unanswered(detail);
        }
    }

    /** The client's config key names the service; the method may be declared on the generated class or the interface. */
    private static String service(Class<?> client) {
        for (Class<?> type = client; type != null; type = type.getSuperclass()) {
            for (Class<?> candidate : Stream.concat(Stream.of(type), Arrays.stream(type.getInterfaces())).toList()) {
                RegisterRestClient registered = candidate.getAnnotation(RegisterRestClient.class);
                if (registered != null) {
                    return registered.configKey() + "-service";
                }
            }
        }
        return "A service";
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof TimeoutException
                    || cause instanceof VertxException) {
                return true;
            }
        }
        return false;
    }
}
