package dev.marketingops.metrics.activity.app;

/**
 * The phases of one activity consumer ({@link ActivityLoop}); each turn of the loop runs the current phase's step,
 * which answers the next phase.
 *
 * <pre>
 * GATHERING  --records gathered, batch submitted-->  COMMITTING
 * COMMITTING --commit done, nothing gathered------>  GATHERING
 * COMMITTING --commit done, next batch submitted-->  COMMITTING
 * any phase  --a failure, or a rebalance callback that could not restore positions-->  RESEEKING
 * RESEEKING  --positions and ids restored--------->  GATHERING, or ISOLATING after a batch the database refused for its data
 * ISOLATING  --past the refused batch's offsets--->  GATHERING
 * </pre>
 */
enum StreamPhase {

    /** Nothing in flight: poll, and submit what was gathered as the next batch. */
    GATHERING,
    /** One batch commits on the commit thread while the next one gathers (up to max-batch-records). */
    COMMITTING,
    /** Back to what the database says: wait for the batch in flight, drop what was gathered, seek to stored positions, rebuild the id window. */
    RESEEKING,
    /** Re-reading a batch the database refused for its data, poll by poll, split until the poison record is alone. */
    ISOLATING
}
