package dev.marketingops.metrics.journeys.domain;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The touchpoint table's weekly range partitions (Monday 00:00 UTC to the next), named {@code touchpoint_wYYYYMMDD}:
 * created ahead, dropped whole once older than the retention, so the table never grows without bound and a purge
 * is a cheap DROP rather than a DELETE. The covered range tells the writer which event times it can store.
 */
@ApplicationScoped
public class TouchpointPartitions {

    private static final String PREFIX = "touchpoint_w";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final AgroalDataSource dataSource;
    private volatile Range covered;

    public TouchpointPartitions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** [from, to) of event times some partition holds; null while none exists. */
    public record Range(Instant from, Instant to) {
        public boolean contains(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }
    }

    /** Creates the weeks touching [from, to) that are missing, drops weeks ending at or before {@code dropBefore}. */
    public Maintenance maintain(Instant from, Instant to, Instant dropBefore) {
        List<String> created = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            List<LocalDate> existing = weeks(st);
            for (LocalDate week = monday(from); week.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(to); week = week.plusWeeks(1)) {
                if (!existing.contains(week)) {
                    st.execute("create table if not exists " + name(week) + " partition of touchpoint for values from ('"
                            + week + " 00:00:00+00') to ('" + week.plusWeeks(1) + " 00:00:00+00')");
                    created.add(name(week));
                }
            }
            for (LocalDate week : existing) {
                if (!week.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(dropBefore)) {
                    st.execute("drop table if exists " + name(week));
                    dropped.add(name(week));
                }
            }
            covered = range(weeks(st));
        } catch (SQLException e) {
            throw new IllegalStateException("Touchpoint partitions not maintained", e);
        }
        return new Maintenance(created, dropped);
    }

    /** What one maintenance run did. */
    public record Maintenance(List<String> created, List<String> dropped) {
    }

    /** The event times the partitions cover (read once from the catalogue, then kept by {@link #maintain}). */
    public Range covered() {
        Range r = covered;
        if (r == null) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                r = range(weeks(st));
                covered = r;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read touchpoint partitions", e);
            }
        }
        return r;
    }

    private static List<LocalDate> weeks(Statement st) throws SQLException {
        List<LocalDate> weeks = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'touchpoint'::regclass order by c.relname""")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.startsWith(PREFIX)) {
                    weeks.add(LocalDate.parse(name.substring(PREFIX.length()), NAME));
                }
            }
        }
        return weeks;
    }

    private static Range range(List<LocalDate> weeks) {
        if (weeks.isEmpty()) {
            return null;
        }
        LocalDate first = weeks.get(0);
        LocalDate last = weeks.get(weeks.size() - 1);
        return new Range(first.atStartOfDay(ZoneOffset.UTC).toInstant(), last.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The name of the weekly partition that holds event time {@code at} (whether it exists or not). */
    public static String partitionOf(Instant at) {
        return name(monday(at));
    }

    static LocalDate monday(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String name(LocalDate week) {
        return PREFIX + week.format(NAME);
    }
}
