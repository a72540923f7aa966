package dev.marketingops.contracts;

import java.util.List;

/** The role names of the system, as carried in a JWT's {@code groups} claim; tools hold {@code tool-ingest} identities. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String ROADMAP_EDITOR = "roadmap-editor";
    public static final String CAMPAIGN_MANAGER = "campaign-manager";
    public static final String ANALYST = "analyst";
    public static final String FEEDBACK_MANAGER = "feedback-manager";
    public static final String TOOL_INGEST = "tool-ingest";
    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(VIEWER, ROADMAP_EDITOR, CAMPAIGN_MANAGER, ANALYST,
            FEEDBACK_MANAGER, TOOL_INGEST, PRIVACY_OFFICER, ADMIN);

    private Roles() {
    }
}
