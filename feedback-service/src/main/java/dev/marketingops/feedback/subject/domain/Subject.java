package dev.marketingops.feedback.subject.domain;

import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.common.SubjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One thing feedback is about (a product, launch, campaign or roadmap item), with the column that links it. */
public record Subject(SubjectType type, UUID id) {

    /** Every subject a piece of feedback names: figures and alerts are kept for each of them. */
    public static List<Subject> allOf(SubjectRef ref) {
        List<Subject> subjects = new ArrayList<>(4);
        if (ref.productId() != null) {
            subjects.add(new Subject(SubjectType.PRODUCT, ref.productId()));
        }
        if (ref.launchId() != null) {
            subjects.add(new Subject(SubjectType.LAUNCH, ref.launchId()));
        }
        if (ref.campaignId() != null) {
            subjects.add(new Subject(SubjectType.CAMPAIGN, ref.campaignId()));
        }
        if (ref.roadmapItemId() != null) {
            subjects.add(new Subject(SubjectType.ROADMAP_ITEM, ref.roadmapItemId()));
        }
        return subjects;
    }

    /** The feedback table's column for this subject type; a fixed name, so safe to put into SQL. */
    public String column() {
        return switch (type) {
            case PRODUCT -> "product_id";
            case LAUNCH -> "launch_id";
            case CAMPAIGN -> "campaign_id";
            case ROADMAP_ITEM -> "roadmap_item_id";
        };
    }
}
