package ru.mentoring.school.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.completion.PairEnding;
import ru.mentoring.school.completion.PairEndings;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.meeting.MeetingService;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairPeople;
import ru.mentoring.school.pair.PairView;
import ru.mentoring.school.pair.PairViews;
import ru.mentoring.school.plan.PlanService;
import ru.mentoring.school.profile.SchoolProfiles;
import ru.mentoring.school.programme.Programme;
import ru.mentoring.school.programme.ProgrammeService;
import ru.mentoring.school.web.Downloads;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Gathers what the mentor's report and the order on results need from the features that own it. */
@Singleton
class PairDocuments {

    private final PairPeople people;
    private final PairViews views;
    private final PlanService plans;
    private final MeetingService meetings;
    private final PairEndings endings;
    private final SchoolProfiles profiles;
    private final ProgrammeService programmes;
    private final FormTitles forms;
    private final Today today;

    PairDocuments(PairPeople people, PairViews views, PlanService plans, MeetingService meetings, PairEndings endings,
                  SchoolProfiles profiles, ProgrammeService programmes, FormTitles forms, Today today) {
        this.people = people;
        this.views = views;
        this.plans = plans;
        this.meetings = meetings;
        this.endings = endings;
        this.profiles = profiles;
        this.programmes = programmes;
        this.forms = forms;
        this.today = today;
    }

    @Transactional
    HttpResponse<byte[]> mentorReport(PairParticipant who, @Nullable String format) {
        Pair pair = who.pair();
        List<String> mentees = people.mentees(who).stream().map(c -> c.name() + (c.grade() != null ? ", " + c.grade() + " класс"
                : c.position() != null ? ", " + c.position() : "")).toList();
        var header = new MentorReport.Header(profiles.of(pair.schoolId()).fullName(), pair.mentorName(), mentees,
                forms.title(pair.form()), pair.startsOn(), pair.endsOn(), pair.teacherPair(), PairView.statusTitle(pair.status()),
                curators(pair.schoolId()));
        var assessments = endings.assessments(pair.schoolId(), List.of(pair.id())).getOrDefault(pair.id(),
                new PairEnding.Assessments(null, null, null, null));
        return Downloads.document(MentorReport.of(header, plans.view(who), meetings.log(who),
                        endings.completion(pair.schoolId(), pair.id()).orElse(null),
                        endings.termination(pair.schoolId(), pair.id()).orElse(null), assessments),
                format, "Отчёт наставника " + pair.mentorName());
    }

    /** Pairs that ended (completed or early) within the school year, in the order they ended. */
    @Transactional
    HttpResponse<byte[]> resultsOrder(String schoolId, @Nullable String year, @Nullable String format) {
        String schoolYear = year == null || year.isBlank() ? today.schoolYear() : year.strip();
        if (!schoolYear.matches("[0-9]{4}/[0-9]{4}") || Integer.parseInt(schoolYear.substring(5))
                != Integer.parseInt(schoolYear.substring(0, 4)) + 1) {
            throw new BusinessRuleException("Учебный год указывается как 2026/2027");
        }
        LocalDate from = Today.schoolYearStart(schoolYear);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<PairView> ended = views.allOf(schoolId).stream()
                .filter(p -> p.status() == PairStatus.COMPLETED || p.status() == PairStatus.TERMINATED)
                .filter(p -> p.endedOn() != null && !p.endedOn().isBefore(from) && !p.endedOn().isAfter(to))
                .sorted(Comparator.comparing(PairView::endedOn)).toList();
        return Downloads.document(ResultsOrder.of(profiles.of(schoolId), schoolYear, ended, curators(schoolId)), format,
                "Приказ об итогах наставничества " + schoolYear.replace('/', '-'));
    }

    private List<String> curators(String schoolId) {
        return programmes.current(schoolId).map(Programme::curators).orElse(List.of());
    }
}
