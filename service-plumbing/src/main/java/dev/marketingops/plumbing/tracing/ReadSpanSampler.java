package dev.marketingops.plumbing.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import io.opentelemetry.semconv.HttpAttributes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Records every write and every continued trace, but no span for a GET or HEAD that arrives without a trace. */
@Singleton
public class ReadSpanSampler implements Sampler {

    // Quarkus's default (parentbased_always_on); this bean replaces quarkus.otel.traces.sampler.
    private final Sampler delegate = Sampler.parentBased(Sampler.alwaysOn());
    private final boolean recordUntracedReads;

    ReadSpanSampler(@ConfigProperty(name = "marketingops.tracing.record-untraced-reads", defaultValue = "false")
                    boolean recordUntracedReads) {
        this.recordUntracedReads = recordUntracedReads;
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                       Attributes attributes, List<LinkData> parentLinks) {
        if (!recordUntracedReads && spanKind == SpanKind.SERVER && isSafe(attributes.get(HttpAttributes.HTTP_REQUEST_METHOD))
                && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            // Still a valid, unsampled span context: the request's logs carry a traceId; nothing is recorded.
            return SamplingResult.drop();
        }
        return delegate.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    @Override
    public String getDescription() {
        return "ReadSpanSampler{recordUntracedReads=" + recordUntracedReads + ", then " + delegate.getDescription() + "}";
    }
}
