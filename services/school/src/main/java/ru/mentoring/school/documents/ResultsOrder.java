package ru.mentoring.school.documents;

import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.pair.PairView;
import ru.mentoring.school.profile.SchoolProfile;
import ru.mentoring.support.documents.DocumentSpec;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The order on the results of the school's mentoring programme for a school year (приказ об итогах,
 * DOMAIN §8.12): the pairs completed and ended early that year with their results and decisions, thanks
 * to the mentors of completed pairs, and the mentors' acknowledgement.
 */
final class ResultsOrder {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ResultsOrder() {
    }

    static DocumentSpec of(SchoolProfile school, String schoolYear, List<PairView> ended, List<String> curators) {
        List<PairView> completed = ended.stream().filter(p -> p.status() == PairStatus.COMPLETED).toList();
        long terminated = ended.size() - completed.size();
        List<DocumentSpec.Block> blocks = new ArrayList<>();
        blocks.add(new DocumentSpec.Paragraph(school.fullName(), DocumentSpec.Style.CENTRED));
        blocks.add(new DocumentSpec.Heading("ПРИКАЗ"));
        blocks.add(new DocumentSpec.Paragraph("«___» ____________ 20___ г.                                        № _____",
                DocumentSpec.Style.CENTRED));
        blocks.add(new DocumentSpec.Paragraph("Об итогах реализации программы наставничества в " + schoolYear + " учебном году",
                DocumentSpec.Style.BOLD));
        blocks.add(new DocumentSpec.Paragraph("В соответствии с Положением о системе наставничества, по итогам работы "
                + "наставнических пар (групп) " + school.shortName() + " в " + schoolYear + " учебном году ПРИКАЗЫВАЮ:"));
        blocks.add(new DocumentSpec.Paragraph("1. Утвердить итоги работы наставнических пар (групп) согласно таблице: "
                + "завершили работу — " + completed.size() + ", прекратили работу досрочно — " + terminated + "."));
        List<String> thanked = completed.stream().map(PairView::mentorName).distinct().toList();
        blocks.add(new DocumentSpec.Paragraph("2. Объявить благодарность наставникам за результативную работу"
                + (thanked.isEmpty() ? "." : ": " + String.join(", ", thanked) + ".")));
        blocks.add(new DocumentSpec.Paragraph("3. Куратору программы наставничества подготовить предложения о продолжении "
                + "работы пар, принявших такое решение, и о включении лучших практик в банк практик."));
        blocks.add(new DocumentSpec.Paragraph("4. Контроль исполнения приказа возложить на куратора программы наставничества"
                + (curators.isEmpty() ? "." : ": " + String.join(", ", curators) + ".")));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (PairView p : ended) {
            rows.add(List.of(Integer.toString(number++), p.mentorName(), mentees(p), p.formTitle() + "\nс "
                            + RU_DATE.format(p.startsOn()) + " по " + RU_DATE.format(p.endedOn() == null ? p.endsOn() : p.endedOn()),
                    outcome(p) + decision(p)));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "Завершённых пар в этом учебном году нет", "", "", ""));
        }
        // the results and decisions are the longest texts: the widest column, so words are not broken
        blocks.add(new DocumentSpec.Table(List.of("№", "Наставник", "Наставляемый", "Форма и срок",
                "Итог, результаты и решение"), rows, List.of(1, 4, 4, 4, 10)));
        blocks.add(new DocumentSpec.Signatures(List.of(new DocumentSpec.Signature("Директор",
                school.directorName() == null ? "________________" : school.directorName())), false));
        List<String> mentors = ended.stream().map(PairView::mentorName).distinct().toList();
        if (!mentors.isEmpty()) {
            blocks.add(new DocumentSpec.Paragraph("С приказом ознакомлены:"));
            blocks.add(new DocumentSpec.Signatures(mentors.stream().map(n -> new DocumentSpec.Signature("Наставник", n)).toList(),
                    true));
        }
        return new DocumentSpec("Приказ об итогах реализации программы наставничества " + schoolYear, blocks);
    }

    private static String mentees(PairView p) {
        return String.join("\n", p.mentees().stream().map(m -> m.fullName() + (m.grade() != null ? ", " + m.grade() + " класс"
                : m.position() != null ? ", " + m.position() : "")).toList());
    }

    private static String outcome(PairView p) {
        if (p.completion() != null) {
            String scores = p.completion().mentorScore() == null && p.completion().menteeScore() == null ? ""
                    : "\nОценки: наставник — " + score(p.completion().mentorScore()) + ", наставляемый — "
                    + score(p.completion().menteeScore());
            return "Завершена " + RU_DATE.format(p.completion().completedOn()) + ". " + p.completion().results() + scores;
        }
        if (p.termination() != null) {
            return "Прекращена досрочно " + RU_DATE.format(p.termination().terminatedOn()) + ": "
                    + p.termination().reasonTitle() + " (инициатор — " + p.termination().initiatorTitle() + ")";
        }
        return p.statusTitle();
    }

    private static String decision(PairView p) {
        if (p.completion() == null) {
            return "";
        }
        String readiness = p.completion().readinessTitle() == null ? "" : "\nВывод наставника: " + p.completion().readinessTitle();
        return "\nРешение: " + p.completion().decisionTitle() + (p.completion().continueTopic() == null ? ""
                : ": «" + p.completion().continueTopic() + "» до " + RU_DATE.format(p.completion().continueUntil())) + readiness;
    }

    private static String score(Integer score) {
        return score == null ? "—" : score + "/10";
    }
}
