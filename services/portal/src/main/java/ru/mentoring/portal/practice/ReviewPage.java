package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * The expert review of one version: for the methodist the experts to assign, every sheet and the
 * decision; for an assigned expert their scoring sheet (and the others' sheets once theirs is in).
 */
record ReviewPage(String id, String title, String version, String status, String practiceHref, List<Criterion> criteria,
                  List<Option> experts, List<ExpertRow> assigned, List<SheetRow> sheets, @Nullable String average,
                  boolean readyToPublish, boolean methodist, boolean expert, SheetFields sheet, FormErrors errors,
                  boolean submitted) implements PageModel {

    /** A criterion with the select the expert scores it in. */
    record Criterion(String field, String title, List<Option> scores) {
    }

    record ExpertRow(String name, String state) {
    }

    record SheetRow(String expert, List<String> scores, String total, String comment, String when) {
    }

    @Override
    public String view() {
        return "practice-review";
    }

    @Override
    public String title() {
        return "Экспертиза: " + title;
    }

    static ReviewPage of(Practices.Review r, List<Practices.Expert> directory, boolean methodist, boolean expert,
                         SheetFields sheet, FormErrors errors) {
        List<Criterion> criteria = new ArrayList<>();
        List<Practices.Criterion> catalogue = r.criteria() == null ? List.of() : r.criteria();
        for (Practices.Criterion c : catalogue) {
            String field = SheetFields.CODES.entrySet().stream().filter(e -> e.getValue().equals(c.code()))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(c.code());
            String chosen = sheet.value(field);
            List<Option> scores = new ArrayList<>();
            for (int score = 0; score <= c.max(); score++) {
                scores.add(new Option(String.valueOf(score), String.valueOf(score), String.valueOf(score).equals(chosen)));
            }
            criteria.add(new Criterion(field, c.title(), scores));
        }
        List<Practices.ExpertLine> lines = r.experts() == null ? List.of() : r.experts();
        List<String> current = lines.stream().map(Practices.ExpertLine::username).toList();
        List<Option> experts = Option.of(directory, Practices.Expert::username, Practices.Expert::fullName,
                e -> current.contains(e.username()));
        List<ExpertRow> assigned = lines.stream().map(l -> new ExpertRow(l.fullName(),
                l.submitted() ? "лист заполнен" + (l.total() == null ? "" : ", сумма " + l.total()) : "ещё оценивает")).toList();
        List<SheetRow> sheets = (r.sheets() == null ? List.<Practices.Sheet>of() : r.sheets()).stream()
                .map(s -> new SheetRow(s.expertName(), catalogue.stream().map(c -> s.scores() == null
                        || s.scores().get(c.code()) == null ? "—" : s.scores().get(c.code()).toString()).toList(),
                        String.valueOf(s.total()), s.comment() == null ? "" : s.comment(),
                        s.submittedAt() == null ? "черновик" : Dates.moment(s.submittedAt())))
                .toList();
        boolean submitted = r.mine() != null && r.mine().submittedAt() != null;
        return new ReviewPage(r.practiceId().toString(), r.title(), "версия " + r.version(), r.statusTitle(),
                "/practices/" + r.practiceId() + "?version=" + r.version(), criteria, experts, assigned, sheets,
                r.averageTotal() == null ? null : String.valueOf(r.averageTotal()), r.readyToPublish(), methodist,
                expert, sheet, errors, submitted);
    }

    public List<String> criterionTitles() {
        return criteria.stream().map(Criterion::title).toList();
    }
}
