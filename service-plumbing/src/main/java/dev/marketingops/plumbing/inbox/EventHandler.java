package dev.marketingops.plumbing.inbox;

/** A consumer's effect for one event; runs inside the transaction that also records the event id. */
@FunctionalInterface
public interface EventHandler {

    void handle(ReceivedEvent event);
}
