package dev.marketingops.metrics.activity.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.activity.ActivityRecorded;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documented ingest element has exactly the contract's fields plus the optional id, so OpenAPI stays true. */
class ActivityIngestEventTest {

    @Test
    void documentsTheActivityRecordedFieldsAndTheOwnId() {
        assertThat(names(ActivityIngestEvent.class).toList()).containsExactlyElementsOf(
                Stream.concat(Stream.of(dev.marketingops.metrics.activity.app.ActivityIngest.EVENT_ID), names(ActivityRecorded.class)).toList());
    }

    private static Stream<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName);
    }
}
