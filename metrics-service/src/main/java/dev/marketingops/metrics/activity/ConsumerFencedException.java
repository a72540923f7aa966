package dev.marketingops.metrics.activity;

/** Another consumer already stored a position past this batch's start: this batch must not be counted. */
public class ConsumerFencedException extends RuntimeException {

    public ConsumerFencedException(String message) {
        super(message);
    }
}
