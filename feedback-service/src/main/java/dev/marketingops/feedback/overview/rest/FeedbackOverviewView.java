package dev.marketingops.feedback.overview.rest;

import dev.marketingops.feedback.collect.rest.FeedbackView;
import dev.marketingops.feedback.insights.rest.NpsReport;
import dev.marketingops.feedback.themes.domain.ThemeRanking;
import dev.marketingops.plumbing.rest.Page;

/**
 * A subject's NPS/CSAT trend, top themes and one page of its inbox: what GET /nps, GET /themes and GET /feedback
 * answer for the same filters.
 */
public record FeedbackOverviewView(NpsReport nps, ThemeRanking.Themes themes, Page<FeedbackView> inbox) {
}
