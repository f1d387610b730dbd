package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * A yearly event: its rule, participants year by year next to the year before (from the platform or, for
 * the years before it, entered from the old registration sheets), its events, and for its organiser the
 * next year's event to plan by the rule; the methodist enters the years of the old sheets.
 */
record SeriesPage(String id, String title, String kind, String rule, List<Year> years, List<Instance> instances,
                  @Nullable Integer nextYear, boolean entersHistory, HistoryForm form, FormErrors errors) implements PageModel {

    /**
     * @param bar the participants as a share of the best year, in per cent, for the bar beside the figure
     * @param change against the year before: «+12», «−5», «без изменений», or «—» for the first year
     */
    record Year(int year, int participants, String schools, String source, @Nullable String eventHref, int bar,
                String change) {
    }

    record Instance(String href, String title, String when, String places) {
    }

    @Override
    public String view() {
        return "event-series";
    }
}
