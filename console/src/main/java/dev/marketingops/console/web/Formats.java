package dev.marketingops.console.web;

import io.quarkus.qute.TemplateExtension;
import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How pages write numbers: money with its currency, counts with separators, ratios as percent, times in UTC. */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);

    private Formats() {
    }

    /** {@code €1,234.50}: the amount in its own currency. */
    static String money(Money money) {
        if (money == null || money.amount() == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        try {
            format.setCurrency(Currency.getInstance(money.currency()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return money.amount().toPlainString() + " " + money.currency();
        }
        return format.format(money.amount());
    }

    /** The plain amount for a chart's table, two decimals. */
    static String plain(Money money) {
        return money == null || money.amount() == null ? "" : money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(LOCALE).format(value);
    }

    /** A ratio (0.032) as a percent (3.20 %). */
    static String percent(BigDecimal ratio) {
        return ratio == null ? "–" : ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** A value already in percent (62.5) with its unit. */
    static String pct(BigDecimal value) {
        return value == null ? "–" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    static String decimal(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Return on ad spend as a multiple: 3.25×. */
    static String times(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "×";
    }

    static String utc(Instant instant) {
        return instant == null ? "–" : MINUTE.format(instant);
    }

    static String day(LocalDate date) {
        return date == null ? "–" : DAY.format(date);
    }

    static String date(Instant instant) {
        return instant == null ? "–" : DAY.format(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** An ISO-8601 duration as people say it: "P30D" or "PT720H" → "30 days", "PT36H" → "36 hours". */
    static String duration(String iso) {
        if (iso == null || iso.isBlank()) {
            return "–";
        }
        try {
            java.time.Duration d = java.time.Duration.parse(iso);
            if (d.toHours() % 24 == 0 && d.toDays() > 0) {
                return d.toDays() + (d.toDays() == 1 ? " day" : " days");
            }
            return d.toHours() > 0 && d.toMinutesPart() == 0 ? d.toHours() + " hours" : iso;
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /**
     * A KPI's value the way the KPI page writes its kind: counts whole with separators (2,000), ratios as percent
     * (CTR 0.0336 → 3.36 %), ROAS as a multiple, money amounts with two decimals. Objectives and targets carry no
     * currency, so money is written without one.
     */
    static String kpi(String kpiKey, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return switch (kind(kpiKey)) {
            case "count" -> count(value.setScale(0, RoundingMode.HALF_UP).longValue());
            case "ratio" -> percent(value);
            case "multiple" -> times(value);
            default -> amount(value);
        };
    }

    /** A KPI's value as its chart plots it: ratios in percent, so the axis reads like the table. */
    static String chart(String kpiKey, BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = "ratio".equals(kind(kpiKey)) ? value.movePointRight(2) : value;
        return shown.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The unit a KPI's chart axis is in, for its column heading. */
    static String unit(String kpiKey) {
        return switch (kind(kpiKey)) {
            case "ratio" -> " (%)";
            case "multiple" -> " (×)";
            default -> "";
        };
    }

    private static String kind(String kpiKey) {
        return switch (kpiKey == null ? "" : kpiKey) {
            case "impressions", "clicks", "conversions", "reach" -> "count";
            case "ctr", "conversion_rate", "roi" -> "ratio";
            case "roas" -> "multiple";
            default -> "amount";
        };
    }

    /** 1,234.50: two decimals with separators. */
    private static String amount(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A value inside a link's query string: "app crash" → "app+crash". */
    static String query(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An action's path as a button label: "pause" → "Pause". */
    static String label(String action) {
        return action == null || action.isEmpty() ? "" : Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
