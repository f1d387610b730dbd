package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.catalogue.Catalogues;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BankViewsTest {

    private static final Catalogues.Schools SCHOOLS = new Catalogues.Schools(List.of(
            new Catalogues.School("1", "Средняя общеобразовательная школа № 1", "МАОУ СОШ № 1")));
    private static final Map<String, String> FORMS = Map.of("TEACHER_TEACHER", "учитель – учитель");

    @Test
    void emptyFiltersAreNotSentAndTheCheckboxAsksForFreeSeats() {
        var filter = new BankFilter(" подготовка к ГИА ", "", null, "TEACHER", " ", null, true, "  ");

        assertThat(filter.parameters()).containsExactly(Map.entry("strength", "подготовка к ГИА"),
                Map.entry("kind", "TEACHER"), Map.entry("minFreeCapacity", "1"));
        assertThat(filter.isEmpty()).isFalse();
        assertThat(new BankFilter(null, null, null, null, null, null, false, "").isEmpty()).isTrue();
    }

    @Test
    void bankRowSaysEverythingInRussian() {
        BankRow row = BankRow.of(mentor(), SCHOOLS, FORMS);

        assertThat(row.kind()).isEqualTo("Педагог");
        assertThat(row.workplace()).isEqualTo("МАОУ СОШ № 1, учитель математики");
        assertThat(row.strengths()).isEqualTo("подготовка к ГИА, проектная деятельность");
        assertThat(row.forms()).isEqualTo("учитель – учитель, STUDENT_PUPIL");
        assertThat(row.seats()).isEqualTo("1 из 3");
        assertThat(row.visibility()).isEqualTo("Сетевой проект");
    }

    @Test
    void cardLabelsEveryFieldAndCountsTheSeats() {
        MentorCard card = MentorCard.of(mentor(), SCHOOLS, FORMS);

        assertThat(card.main()).extracting(MentorCard.Field::label).contains("Категория", "Школа",
                "Квалификационная категория", "Педагогический стаж", "Доступность");
        assertThat(card.profile()).extracting(MentorCard.Field::label).contains("Время для наставничества",
                "Интересы", "Желаемый возраст наставляемых", "Достижения и награды", "Обучение по наставничеству",
                "Член ассоциации наставников");
        assertThat(card.main()).contains(new MentorCard.Field("Педагогический стаж", "12 лет"),
                new MentorCard.Field("Организация", "не указано"));
        assertThat(card.profile()).contains(new MentorCard.Field("Член ассоциации наставников", "да"));
        assertThat(card.contacts()).contains(new MentorCard.Field("Дата рождения", "05.04.1980"),
                new MentorCard.Field("Телефон", "не указано"));
        assertThat(List.of(card.capacity(), card.busy(), card.pending(), card.free())).containsExactly(3, 1, 1, 1);
    }

    @Test
    void yearsAreSaidWithTheRightRussianPlural() {
        assertThat(MentorCard.years(1)).isEqualTo("1 год");
        assertThat(MentorCard.years(3)).isEqualTo("3 года");
        assertThat(MentorCard.years(5)).isEqualTo("5 лет");
        assertThat(MentorCard.years(11)).isEqualTo("11 лет");
        assertThat(MentorCard.years(21)).isEqualTo("21 год");
        assertThat(MentorCard.years(24)).isEqualTo("24 года");
    }

    @Test
    void editFormRoundTripsTheProfile() {
        ProfileForm form = ProfileForm.of(mentor());

        assertThat(form.check()).isEmpty();
        assertThat(form.hasStrength("exam_preparation", "подготовка к ГИА")).isTrue();
        assertThat(form.hasForm("TEACHER_TEACHER", "учитель – учитель")).isTrue();
        assertThat(form.isAssociationMember()).isTrue();
        MentorBank.ProfileCommand command = form.toCommand();
        assertThat(command.capacity()).isEqualTo(3);
        assertThat(command.birthDate()).isEqualTo(LocalDate.of(1980, 4, 5));
        assertThat(command.subjects()).containsExactly("математика", "информатика");
        assertThat(command.organisation()).isNull();
        assertThat(command.associationMember()).isTrue();
    }

    @Test
    void editFormSaysInRussianWhatTheBankCouldNotRead() {
        var form = new ProfileForm("Иванова", "ROBOT", "два", null, null, null, null, null, "31.02.1980",
                "математика; физика\nхимия", null, null, null, "много", null, null, null, null, null, null, "WORLD");

        assertThat(form.check()).containsOnlyKeys("kind", "capacity", "experienceYears", "birthDate", "visibility");
        assertThat(form.subjectList()).containsExactly("математика", "физика", "химия");
        assertThat(form.isAssociationMember()).isFalse();
        assertThat(form.toCommand().birthDate()).isNull();
    }

    private static MentorProfile mentor() {
        return new MentorProfile("m-1", "Иванова Мария Петровна", "TEACHER", "1", null, "учитель математики",
                "ivanova@school1.ru", null, LocalDate.of(1980, 4, 5), List.of("математика", "информатика"),
                List.of("подготовка к ГИА", "проектная деятельность"), List.of("TEACHER_TEACHER", "STUDENT_PUPIL"),
                "высшая", 12, "вторник после 15:00", "шахматы", "молодые педагоги", "Почётная грамота", "курсы ТОИПКРО",
                true, 3, 1, 1, 1, "NETWORK");
    }
}
