package dev.marketingops.plumbing.security;

/** The roles a token's {@code groups} claim may carry (see docs/security.md). */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String ROADMAP_EDITOR = "roadmap-editor";
    public static final String CAMPAIGN_MANAGER = "campaign-manager";
    public static final String ANALYST = "analyst";
    public static final String FEEDBACK_MANAGER = "feedback-manager";
    public static final String TOOL_INGEST = "tool-ingest";
    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
