package ru.mentoring.school.plan;

import ru.mentoring.support.documents.DocumentSpec;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan on paper (DOMAIN §8.6): for teachers the personalised programme of mentoring, for pupils the
 * individual development plan under a mentor — the header with the people and the term, the
 * difficulties and goals, the table by sections (task, deadline, expected result, reporting form, done
 * mark) and the signatures of mentor, mentee (or a minor's parent) and curator.
 */
final class PlanDocument {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PlanDocument() {
    }

    /** Who the plan is of, as the reader may see them. */
    record People(String school, String mentor, List<String> mentees, String formTitle, java.time.LocalDate startsOn,
                  java.time.LocalDate endsOn, boolean teacherPair, boolean minors, List<String> curators,
                  List<String> menteeSigners) {
    }

    static DocumentSpec of(People who, PlanView plan) {
        String title = who.teacherPair() ? "Персонализированная программа наставничества"
                : "Индивидуальный план развития под руководством наставника";
        List<DocumentSpec.Block> blocks = new ArrayList<>();
        blocks.add(new DocumentSpec.Paragraph(who.school(), DocumentSpec.Style.CENTRED));
        blocks.add(new DocumentSpec.Heading(title.toUpperCase(java.util.Locale.ROOT)));
        blocks.add(new DocumentSpec.Paragraph("Наставник: " + who.mentor()));
        blocks.add(new DocumentSpec.Paragraph((who.mentees().size() > 1 ? "Наставляемые: " : "Наставляемый: ")
                + String.join("; ", who.mentees())));
        blocks.add(new DocumentSpec.Paragraph("Форма наставничества: " + who.formTitle()));
        blocks.add(new DocumentSpec.Paragraph("Срок: с " + RU_DATE.format(who.startsOn()) + " по " + RU_DATE.format(who.endsOn())));
        if (!plan.saved()) {
            blocks.add(new DocumentSpec.Paragraph("Проект плана по шаблону формы наставничества: пара его ещё не утвердила.",
                    DocumentSpec.Style.SMALL));
        }
        blocks.add(new DocumentSpec.Paragraph(who.teacherPair() ? "Выявленные профессиональные затруднения" : "Выявленные трудности",
                DocumentSpec.Style.BOLD));
        blocks.add(new DocumentSpec.Paragraph(plan.limitedView() ? "(заполняется наставником и наставляемым)"
                : orLine(plan.difficulties())));
        blocks.add(new DocumentSpec.Paragraph("Цели и задачи", DocumentSpec.Style.BOLD));
        blocks.add(new DocumentSpec.Paragraph(orLine(plan.goals())));
        int section = 1;
        for (PlanView.Section s : plan.sections()) {
            blocks.add(new DocumentSpec.Paragraph(section++ + ". " + s.title(), DocumentSpec.Style.BOLD));
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (PlanView.Task t : s.tasks()) {
                rows.add(List.of(Integer.toString(number++), t.title()
                                + (t.practiceTitle() == null ? "" : "\n(практика: " + t.practiceTitle() + ")"),
                        RU_DATE.format(t.dueOn()), orDash(t.expectedResult()), orDash(t.reportingForm()),
                        t.done() ? "выполнено " + RU_DATE.format(t.doneOn()) : ""));
            }
            if (rows.isEmpty()) {
                rows.add(List.of("", "Задач пока нет", "", "", "", ""));
            }
            blocks.add(new DocumentSpec.Table(List.of("№", "Мероприятие", "Срок", "Планируемый результат",
                    "Форма отчётности", "Отметка о выполнении"), rows, List.of(1, 6, 2, 5, 3, 3)));
        }
        List<DocumentSpec.Signature> signatures = new ArrayList<>();
        signatures.add(new DocumentSpec.Signature("Наставник", who.mentor()));
        for (String signer : who.menteeSigners()) {
            signatures.add(new DocumentSpec.Signature(who.minors() ? "Наставляемый / родитель (законный представитель)"
                    : "Наставляемый", signer));
        }
        signatures.add(new DocumentSpec.Signature("Куратор", who.curators().isEmpty() ? "________________"
                : String.join(", ", who.curators())));
        blocks.add(new DocumentSpec.Signatures(signatures, true));
        return new DocumentSpec(title, blocks);
    }

    private static String orLine(String value) {
        return value == null || value.isBlank() ? "________________________________________________" : value;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
