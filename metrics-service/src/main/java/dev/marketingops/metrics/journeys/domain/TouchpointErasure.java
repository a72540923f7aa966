package dev.marketingops.metrics.journeys.domain;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Deletes every touchpoint of one customer, in every partition; run inside the caller's transaction. */
@ApplicationScoped
public class TouchpointErasure {

    private final AgroalDataSource dataSource;
    private final CustomerPseudonym pseudonym;

    public TouchpointErasure(AgroalDataSource dataSource, CustomerPseudonym pseudonym) {
        this.dataSource = dataSource;
        this.pseudonym = pseudonym;
    }

    /** The number of touchpoints deleted (0 when the customer had none or was erased before). */
    public long erase(String customerRef) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("delete from touchpoint where customer_key = ?")) {
            ps.setObject(1, pseudonym.of(customerRef));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Touchpoints not erased", e);
        }
    }
}
