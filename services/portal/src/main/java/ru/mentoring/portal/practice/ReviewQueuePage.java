package ru.mentoring.portal.practice;

import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Экспертиза практик»: what waits for the methodist (all) or an expert (their assignments). */
record ReviewQueuePage(List<Row> rows, boolean methodist) implements PageModel {

    record Row(String href, String title, String version, String status, String school, String submitted, String experts) {
    }

    static ReviewQueuePage of(List<Practices.Summary> queue, Schools schools, boolean methodist) {
        return new ReviewQueuePage(queue.stream().map(s -> new Row("/practices/" + s.id() + "/review", s.title(),
                "версия " + s.version(), s.statusTitle(), schools.label(s.schoolId()), Dates.moment(s.submittedAt()),
                s.reviewers() == null || s.reviewers().isEmpty() ? "не назначены" : "назначено: " + s.reviewers().size()))
                .toList(), methodist);
    }

    @Override
    public String view() {
        return "practices-review";
    }

    @Override
    public String title() {
        return "Экспертиза практик";
    }
}
