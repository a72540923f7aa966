package dev.marketingops.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The baseline: a Panache GET by id and nothing else (no auth, no ETag, no tracing). */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @GET
    @Path("/{id}")
    public Product get(@PathParam("id") UUID id) {
        Product product = Product.findById(id);
        if (product == null) {
            throw new NotFoundException();
        }
        return product;
    }
}
