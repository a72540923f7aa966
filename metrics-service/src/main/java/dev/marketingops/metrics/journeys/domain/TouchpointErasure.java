package dev.marketingops.metrics.journeys.domain;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/**
 * Erases one customer's journeys: records the erasure ({@link CustomerErasures}, so activity dated at or before it
 * that arrives later is never stored) and deletes every touchpoint of the customer, in every partition, through the
 * BRIN bloom index on the pseudonym; run inside the caller's transaction.
 */
@ApplicationScoped
public class TouchpointErasure {

    static final String DELETE = "delete from touchpoint where customer_key = ?";

    private final AgroalDataSource dataSource;
    private final CustomerPseudonym pseudonym;

    public TouchpointErasure(AgroalDataSource dataSource, CustomerPseudonym pseudonym) {
        this.dataSource = dataSource;
        this.pseudonym = pseudonym;
    }

    /**
     * The number of touchpoints deleted (0 when the customer had none or was erased before); {@code erasedAt} is the
     * time up to which activity of the customer is erased, also when it arrives later.
     */
    public long erase(String customerRef, Instant erasedAt) {
        UUID customer = pseudonym.of(customerRef);
        try (Connection c = dataSource.getConnection()) {
            // First: it waits for batches storing touchpoints, so the delete below sees what they stored.
            CustomerErasures.record(c, customer, erasedAt);
            try (Statement hint = c.createStatement(); PreparedStatement ps = c.prepareStatement(DELETE)) {
                // The planner cannot estimate a bloom index's selectivity and would scan every partition whole; the
                // bloom ranges are far fewer pages (V7_2). SET LOCAL: for the caller's transaction only.
                hint.execute("set local enable_seqscan = off");
                ps.setObject(1, customer);
                return ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Touchpoints not erased", e);
        }
    }
}
