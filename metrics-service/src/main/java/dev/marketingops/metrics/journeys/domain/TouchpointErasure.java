package dev.marketingops.metrics.journeys.domain;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Deletes every touchpoint of one customer, in every partition, through the BRIN bloom index on the pseudonym; run
 * inside the caller's transaction.
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

    /** The number of touchpoints deleted (0 when the customer had none or was erased before). */
    public long erase(String customerRef) {
        try (Connection c = dataSource.getConnection();
             Statement hint = c.createStatement();
             PreparedStatement ps = c.prepareStatement(DELETE)) {
            // The planner cannot estimate a bloom index's selectivity and would scan every partition whole; the
            // bloom ranges are far fewer pages (V7_2). SET LOCAL: for the caller's transaction only.
            hint.execute("set local enable_seqscan = off");
            ps.setObject(1, pseudonym.of(customerRef));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Touchpoints not erased", e);
        }
    }
}
