package dev.marketingops.roadmap.common;

import dev.marketingops.plumbing.rest.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list endpoint takes. */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Zero-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(Page.MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 200", example = "20")
    public int size;

    /** Runs {@code query} for this page and maps each entity to its view. */
    public <E, V> Page<V> apply(PanacheQuery<E> query, Function<E, V> view) {
        long total = query.count();
        return new Page<>(query.page(page, size).list().stream().map(view).toList(), page, size, total);
    }
}
