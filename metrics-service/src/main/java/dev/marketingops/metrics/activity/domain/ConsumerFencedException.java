package dev.marketingops.metrics.activity.domain;

/** Another consumer already stored a position past this batch's start: this batch must not be counted. */
public class ConsumerFencedException extends RuntimeException {

    public ConsumerFencedException(String message) {
        super(message);
    }
}
