package dev.marketingops.contracts.common;

/** Marketing channel an activity, campaign or launch runs on, digital or offline. */
public enum Channel {
    EMAIL(true),
    SOCIAL(true),
    PAID_SEARCH(true),
    DISPLAY(true),
    CONTENT(true),
    WEB(true),
    MOBILE_APP(true),
    EVENT(false),
    PRINT(false),
    RETAIL(false),
    PR(false),
    DIRECT_MAIL(false);

    private final boolean digital;

    Channel(boolean digital) {
        this.digital = digital;
    }

    /** Digital channels report activity automatically; offline ones are entered or estimated. */
    public boolean isDigital() {
        return digital;
    }
}
