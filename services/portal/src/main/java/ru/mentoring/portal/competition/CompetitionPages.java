package ru.mentoring.portal.competition;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.support.tenancy.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the competition pages from what the events service answered. */
final class CompetitionPages {

    private static final List<String> ORDER = List.of("ACCEPTANCE", "TECHNICAL_CHECK", "CORRESPONDENCE", "IN_PERSON", "RESULTS");

    private CompetitionPages() {
    }

    static CompetitionsPage list(List<Events.Competition> all) {
        return new CompetitionsPage(all.stream().map(c -> new CompetitionsPage.Row("/competitions/" + c.id(), c.event().title(),
                c.stageTitle(), Dates.moment(c.event().startsAt()))).toList());
    }

    static CompetitionPage card(Events.Competition c, Events.EntryList entries, List<Events.Task> tasks,
                                @Nullable Events.Results results, PortalUser user, EntryForm form, FormErrors errors,
                                Schools schools) {
        int current = ORDER.indexOf(c.stage());
        List<CompetitionPage.StageRow> stages = new ArrayList<>();
        for (Events.StageInfo s : c.stages()) {
            int at = ORDER.indexOf(s.stage());
            stages.add(new CompetitionPage.StageRow(s.title(), "до " + Dates.day(s.deadline()), at == current, at < current));
        }
        stages.add(new CompetitionPage.StageRow("Подведение итогов", "", "RESULTS".equals(c.stage()), false));
        boolean methodist = user.isMethodist();
        boolean expert = user.has(Roles.EXPERT);
        List<Events.Juror> jury = entries.jury() == null ? List.of() : entries.jury();
        var rows = (entries.items() == null ? List.<Events.Entry>of() : entries.items()).stream()
                .map(e -> new CompetitionPage.EntryRow(e.id().toString(), e.title(), e.nomination(), e.authorName(),
                        schools.label(e.schoolId()), e.statusTitle(), e.checkNote(), e.award(), e.materialsUrl(),
                        Option.of(e.eligibleExperts() == null ? List.<Events.Juror>of() : e.eligibleExperts(), Events.Juror::subject,
                                Events.Juror::name, j -> false))).toList();
        var myTasks = tasks.stream().filter(t -> t.competitionId().equals(c.id()))
                .map(t -> new CompetitionPage.Task("/competitions/" + c.id() + "/entries/" + t.entryId() + "/sheet", t.entryTitle(),
                        t.nomination(), t.stageTitle(), t.done())).toList();
        boolean inJury = expert && !myTasks.isEmpty();
        var nominations = Option.of(c.nominations(), n -> n, n -> n, n -> n.equals(form.nomination()));
        return new CompetitionPage(c.id().toString(), c.event().title(), Dates.moment(c.event().startsAt()), c.stageTitle(), stages,
                c.nominations(), c.criteria().stream().map(k -> (k.stage().equals("CORRESPONDENCE") ? "заочный этап: " : "очный этап: ")
                        + k.title() + " (до " + k.maxScore() + " баллов)").toList(),
                methodist, expert, "ACCEPTANCE".equals(c.stage()) && (user.isCurator() || user.isMentor()),
                methodist && !"RESULTS".equals(c.stage()), methodist && "CORRESPONDENCE".equals(c.stage()),
                methodist && "RESULTS".equals(c.stage()) && c.resultsPublishedAt() == null, "TECHNICAL_CHECK".equals(c.stage()),
                inJury, rows, myTasks, results(results, schools), form, errors, nominations,
                "CORRESPONDENCE".equals(c.stage()) || "IN_PERSON".equals(c.stage()), !"RESULTS".equals(c.stage()));
    }

    private static List<CompetitionPage.ResultGroup> results(@Nullable Events.Results results, Schools schools) {
        if (results == null || results.nominations() == null) {
            return List.of();
        }
        List<CompetitionPage.ResultGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Events.ResultRow>> n : results.nominations().entrySet()) {
            if (n.getValue().isEmpty()) {
                continue;
            }
            groups.add(new CompetitionPage.ResultGroup(n.getKey(), n.getValue().stream().map(r -> new CompetitionPage.ResultRow(
                    r.place() == null ? "—" : r.place().toString(), r.title(), r.authorName(), schools.label(r.schoolId()),
                    points(r.correspondence()), points(r.inPerson()), points(r.total()), r.award() == null ? "" : r.award()))
                    .toList()));
        }
        return groups;
    }

    private static String points(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.forLanguageTag("ru"), "%.1f", value);
    }
}
