package dev.marketingops.contracts.campaign;

import java.time.Instant;

/**
 * When a campaign runs.
 *
 * @param start    start instant
 * @param end      end instant, after start
 * @param timeZone IANA zone (e.g. {@code Europe/Berlin}) the schedule was planned in, for day boundaries in reports
 */
public record CampaignSchedule(Instant start, Instant end, String timeZone) {
}
