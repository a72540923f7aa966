package dev.marketingops.e2e.support;

import dev.marketingops.stack.StackService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads each service's outbox straight from its database: after a fault, every event must have gone out. */
public final class Outboxes {

    private Outboxes() {
    }

    /** Unpublished outbox rows summed over the four services' databases. */
    public static long unpublished() {
        long total = 0;
        for (StackService service : StackService.ALL) {
            try (Connection db = RunningStack.get().postgres().connect(service.database());
                 Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from outbox_event where published_at is null")) {
                rs.next();
                total += rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the outbox of " + service.name(), e);
            }
        }
        return total;
    }
}
