package ru.mentoring.school.documents;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.school.completion.PairEnding;
import ru.mentoring.school.completion.Readiness;
import ru.mentoring.school.meeting.MeetingView;
import ru.mentoring.school.plan.PlanView;
import ru.mentoring.support.documents.DocumentSpec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mentor's report on a pair (DOMAIN §8.9): who, the term, the tasks the mentee carried out, the
 * meetings held, the results, a short characterisation from the mentor's assessment, and for a teacher
 * pair the readiness verdict «готов / готов при условии дополнительного сопровождения / не готов».
 */
final class MentorReport {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String VERDICTS = Arrays.stream(Readiness.values()).map(Readiness::title).collect(Collectors.joining(" / "));

    private MentorReport() {
    }

    record Header(String school, String mentor, List<String> mentees, String formTitle, LocalDate startsOn, LocalDate endsOn,
                  boolean teacherPair, String statusTitle, List<String> curators) {
    }

    static DocumentSpec of(Header h, PlanView plan, MeetingView.Log meetings, @Nullable PairEnding.CompletionView completion,
                           @Nullable PairEnding.TerminationView termination, PairEnding.Assessments assessments) {
        List<DocumentSpec.Block> blocks = new ArrayList<>();
        blocks.add(new DocumentSpec.Paragraph(h.school(), DocumentSpec.Style.CENTRED));
        blocks.add(new DocumentSpec.Heading("ОТЧЁТ НАСТАВНИКА"));
        blocks.add(new DocumentSpec.Paragraph("о работе наставнической " + (h.mentees().size() > 1 ? "группы" : "пары"),
                DocumentSpec.Style.CENTRED));
        blocks.add(new DocumentSpec.Paragraph("Наставник: " + h.mentor()));
        blocks.add(new DocumentSpec.Paragraph((h.mentees().size() > 1 ? "Наставляемые: " : "Наставляемый: ")
                + String.join("; ", h.mentees())));
        blocks.add(new DocumentSpec.Paragraph("Форма наставничества: " + h.formTitle()));
        blocks.add(new DocumentSpec.Paragraph("Срок: с " + RU_DATE.format(h.startsOn()) + " по " + RU_DATE.format(h.endsOn())
                + "; пара " + h.statusTitle()));

        blocks.add(new DocumentSpec.Paragraph("1. Перечень мероприятий, выполненных наставляемым", DocumentSpec.Style.BOLD));
        List<List<String>> done = new ArrayList<>();
        for (PlanView.Section s : plan.sections()) {
            for (PlanView.Task t : s.tasks()) {
                if (t.done()) {
                    done.add(List.of(Integer.toString(done.size() + 1), t.title(), s.title(), RU_DATE.format(t.doneOn()),
                            t.reportingForm() == null ? "—" : t.reportingForm()));
                }
            }
        }
        if (done.isEmpty()) {
            done.add(List.of("", "Выполненных задач плана нет", "", "", ""));
        }
        blocks.add(new DocumentSpec.Table(List.of("№", "Мероприятие", "Раздел плана", "Выполнено", "Форма отчётности"),
                done, List.of(1, 6, 4, 2, 3)));
        blocks.add(new DocumentSpec.Paragraph("Выполнено задач плана: " + plan.done() + " из " + plan.total() + "."));

        blocks.add(new DocumentSpec.Paragraph("2. Встречи пары", DocumentSpec.Style.BOLD));
        List<List<String>> held = new ArrayList<>();
        for (MeetingView m : meetings.items()) {
            held.add(List.of(RU_DATE.format(m.date()), m.kindTitle(), m.formatTitle(), m.topic() == null ? "—" : m.topic(),
                    m.confirmed() ? "подтверждена" : "не подтверждена"));
        }
        if (held.isEmpty()) {
            held.add(List.of("", "Встреч не было", "", "", ""));
        }
        blocks.add(new DocumentSpec.Table(List.of("Дата", "Вид встречи", "Формат", "Тема", "Подтверждение"), held,
                List.of(2, 4, 2, 6, 3)));
        blocks.add(new DocumentSpec.Paragraph("Проведено встреч: " + meetings.held() + "."));

        blocks.add(new DocumentSpec.Paragraph("3. Результаты", DocumentSpec.Style.BOLD));
        blocks.add(new DocumentSpec.Paragraph(completion != null ? completion.results()
                : termination != null ? "Работа пары прекращена досрочно " + RU_DATE.format(termination.terminatedOn())
                + ": " + termination.reasonTitle() + " (инициатор — " + termination.initiatorTitle() + ")."
                : "________________________________________________"));

        blocks.add(new DocumentSpec.Paragraph("4. Краткая характеристика наставляемого", DocumentSpec.Style.BOLD));
        blocks.add(new DocumentSpec.Paragraph(assessments.mentorText() != null ? assessments.mentorText()
                : "________________________________________________"));
        if (assessments.mentorScore() != null) {
            blocks.add(new DocumentSpec.Paragraph("Оценка работы пары наставником: " + assessments.mentorScore() + " из 10."));
        }
        if (h.teacherPair()) {
            blocks.add(new DocumentSpec.Paragraph("5. Вывод о готовности к самостоятельной профессиональной деятельности",
                    DocumentSpec.Style.BOLD));
            Readiness verdict = completion == null ? null : completion.readiness();
            blocks.add(new DocumentSpec.Paragraph(verdict == null ? "Вывод: ____________________ (" + VERDICTS + ")"
                    : "Вывод: " + verdict.title() + "."));
        }
        if (completion != null) {
            blocks.add(new DocumentSpec.Paragraph("Решение: " + completion.decisionTitle()
                    + (completion.continueTopic() == null ? "" : " — «" + completion.continueTopic() + "» до "
                    + RU_DATE.format(completion.continueUntil())) + "."));
        }
        List<DocumentSpec.Signature> signatures = new ArrayList<>();
        signatures.add(new DocumentSpec.Signature("Наставник", h.mentor()));
        signatures.add(new DocumentSpec.Signature("С отчётом ознакомлен(а), куратор",
                h.curators().isEmpty() ? "________________" : String.join(", ", h.curators())));
        blocks.add(new DocumentSpec.Signatures(signatures, true));
        return new DocumentSpec("Отчёт наставника", blocks);
    }
}
