package ru.mentoring.portal.pair;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.pairwork.PairWork;
import ru.mentoring.portal.pairwork.WorkView;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Labelled;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.UUID;

/**
 * A pair or group: its mentees, mentor, form, term and status in Russian, why it did not happen, and for a
 * teacher pair the labour-law checklist.
 */
record PairPage(UUID id, String heading, String status, String statusCode, String statusClass,
                @Nullable String explanation, List<Labelled> fields, List<Member> mentees, boolean teacherPair,
                boolean checklistComplete, ChecklistForm form, FormErrors errors, @Nullable WorkView work)
        implements PageModel {

    static PairPage of(Pairs.Pair p, ChecklistForm form, FormErrors errors, Schools schools) {
        return of(p, form, errors, null, schools);
    }

    /** With the pair's work (plan, meetings, how it ended) once it has started. */
    static PairPage of(Pairs.Pair p, ChecklistForm form, FormErrors errors, @Nullable WorkView work, Schools schools) {
        String explanation = switch (p.status()) {
            case "AWAITING_CONFIRMATION" -> "Банк наставников ещё не подтвердил места наставника. Обычно это занимает "
                    + "несколько секунд; если банк недоступен, пара дождётся его ответа. Обновите страницу позже.";
            case "AWAITING_MENTOR" -> "Наставник получил предложение в своём кабинете и ещё не ответил.";
            case "REFUSED" -> "Пара не состоялась" + (p.refusalReason() == null || p.refusalReason().isBlank() ? "."
                    : ": " + p.refusalReason() + ".");
            default -> null;
        };
        List<Labelled> fields = List.of(
                Labelled.of("Наставник", p.mentorName()
                        + (p.mentorSchoolId() == null || p.mentorSchoolId().isBlank() ? ""
                        : " (" + schools.label(p.mentorSchoolId()) + ")")),
                Labelled.of("Форма наставничества", p.formTitle()),
                Labelled.of("Вариант взаимодействия", p.variant()),
                Labelled.of("Срок", Dates.day(p.startsOn()) + " — " + Dates.day(p.endsOn())),
                Labelled.of("Как сформирована", p.formationTitle()));
        Pairs.LabourChecklist checklist = p.labourChecklist();
        return new PairPage(p.id(), (p.group() ? "Наставническая группа: " : "Наставническая пара: ") + p.mentorName(),
                PairLabels.status(p), p.status(), PairLabels.statusClass(p.status()), explanation, fields,
                p.memberList().stream().map(m -> new Member(m.id(), PairLabels.member(m))).toList(), p.teacherPair(),
                checklist != null && checklist.complete(), form, errors, work);
    }

    /** The pair started, but its plan and meetings could not be read. */
    public boolean workMissing() {
        return PairWork.missing(statusCode, work);
    }

    @Override
    public String view() {
        return "pair";
    }

    @Override
    public String title() {
        return heading;
    }

    record Member(UUID id, String label) {
    }
}
