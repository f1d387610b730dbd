package ru.mentoring.school.documents;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.directory.DirectoryEntry;
import ru.mentoring.school.pair.PairView;
import ru.mentoring.school.profile.SchoolProfile;
import ru.mentoring.support.documents.DocumentSpec;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The order fixing the school's mentoring pairs and groups for a school year (приказ о закреплении
 * наставнических пар/групп, DOMAIN §8.4): the table of pairs with positions or classes, form and term,
 * and for teacher pairs the references to the labour-law consent and the additional agreement.
 */
final class AssignmentOrder {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private AssignmentOrder() {
    }

    static DocumentSpec of(SchoolProfile school, String schoolYear, List<PairView> pairs, List<String> curators,
                           Map<UUID, DirectoryEntry> mentors) {
        List<PairView> fixed = pairs.stream()
                .filter(p -> p.status() == PairStatus.ACTIVE || p.status() == PairStatus.COMPLETED
                        || p.status() == PairStatus.TERMINATED)
                .toList();
        List<DocumentSpec.Block> blocks = new ArrayList<>();
        blocks.add(new DocumentSpec.Paragraph(school.fullName(), DocumentSpec.Style.CENTRED));
        blocks.add(new DocumentSpec.Heading("ПРИКАЗ"));
        blocks.add(new DocumentSpec.Paragraph("«___» ____________ 20___ г.                                        № _____",
                DocumentSpec.Style.CENTRED));
        blocks.add(new DocumentSpec.Paragraph("О закреплении наставнических пар (групп) на " + schoolYear + " учебный год",
                DocumentSpec.Style.BOLD));
        blocks.add(new DocumentSpec.Paragraph("В соответствии с Положением о системе наставничества и программой "
                + "наставничества " + school.shortName() + " на " + schoolYear + " учебный год ПРИКАЗЫВАЮ:"));
        blocks.add(new DocumentSpec.Paragraph("1. Закрепить наставнические пары (группы) в составе согласно таблице."));
        blocks.add(new DocumentSpec.Paragraph("2. Наставникам совместно с наставляемыми в течение двух недель составить "
                + "индивидуальные планы развития и вести журнал встреч."));
        blocks.add(new DocumentSpec.Paragraph("3. Контроль исполнения приказа возложить на куратора программы наставничества"
                + (curators.isEmpty() ? "." : ": " + String.join(", ", curators) + ".")));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (PairView pair : fixed) {
            rows.add(List.of(Integer.toString(number++), mentor(pair, mentors.get(pair.mentorId())), mentees(pair),
                    pair.formTitle() + (pair.variant() == null ? "" : " (" + pair.variant() + ")"),
                    "с " + RU_DATE.format(pair.startsOn()) + "\nпо " + RU_DATE.format(pair.endsOn()),
                    labour(pair.labourChecklist())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "Закреплённых пар пока нет", "", "", "", ""));
        }
        blocks.add(new DocumentSpec.Table(List.of("№", "Наставник, должность", "Наставляемый, должность или класс",
                "Форма наставничества", "Срок", "Для педагогов: согласие (ТК ст. 351.8), доп. соглашение, доплата"),
                rows, List.of(1, 5, 5, 5, 3, 5)));
        blocks.add(new DocumentSpec.Signatures(List.of(new DocumentSpec.Signature("Директор",
                school.directorName() == null ? "________________" : school.directorName())), false));
        List<String> names = fixed.stream().map(PairView::mentorName).distinct().toList();
        if (!names.isEmpty()) {
            blocks.add(new DocumentSpec.Paragraph("С приказом ознакомлены:"));
            blocks.add(new DocumentSpec.Signatures(names.stream().map(n -> new DocumentSpec.Signature("Наставник", n)).toList(),
                    true));
        }
        return new DocumentSpec("Приказ о закреплении наставнических пар на " + schoolYear + " учебный год", blocks);
    }

    private static String mentor(PairView pair, @Nullable DirectoryEntry entry) {
        if (entry == null) {
            return pair.mentorName();
        }
        String where = entry.position() != null ? entry.position()
                : entry.organisation() != null ? entry.organisation() : null;
        return pair.mentorName() + (where == null ? "" : ", " + where);
    }

    private static String mentees(PairView pair) {
        return String.join("\n", pair.mentees().stream()
                .map(m -> m.fullName() + (m.grade() != null ? ", " + m.grade() + " класс"
                        : m.position() != null ? ", " + m.position() : ""))
                .toList());
    }

    private static String labour(@Nullable PairView.LabourChecklist c) {
        if (c == null) {
            return "—";
        }
        if (!c.complete()) {
            return "не оформлено";
        }
        return "согласие " + c.labourConsentRef() + " от " + RU_DATE.format(c.labourConsentOn())
                + "; доп. соглашение № " + c.agreementNumber() + " от " + RU_DATE.format(c.agreementOn())
                + (c.paySupplement() == null ? "" : "; доплата: " + c.paySupplement());
    }
}
