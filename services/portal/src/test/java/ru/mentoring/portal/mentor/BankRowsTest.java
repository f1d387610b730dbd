package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.testing.BankMother;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BankRowsTest {

    private static final Map<String, String> FORMS = Map.of("TEACHER_TEACHER", "учитель – учитель");

    @Test
    void filtersAreReadAsTypedAndUnknownCodesAreDropped() {
        var filter = BankFilter.of(" подготовка к ГИА ", "", null, "TEACHER", " ", "WORLD", "true", "  ");

        assertThat(filter).isEqualTo(new BankFilter("подготовка к ГИА", null, null, "TEACHER", null, null, true, null,
                null, null));
        assertThat(BankFilter.of(null, null, null, null, null, null, null, null, "REVERSE", "PAUSED"))
                .extracting(BankFilter::format, BankFilter::status).containsExactly("REVERSE", "PAUSED");
        assertThat(BankFilter.of(null, null, null, null, null, null, null, null, null, "SLEEPING").status())
                .as("an unknown status filters nothing").isNull();
        assertThat(filter.isEmpty()).isFalse();
        assertThat(BankFilter.of(null, null, null, "XYZ", null, null, null, "").isEmpty())
                .as("an unknown category filters nothing").isTrue();
    }

    @Test
    void bankRowSaysEverythingInRussian() {
        BankRow row = BankRow.of(BankMother.ivanova(), BankMother.schools(), FORMS);

        assertThat(row.kind()).isEqualTo("Педагог");
        assertThat(row.workplace()).isEqualTo("МАОУ СОШ № 1, учитель математики");
        assertThat(row.strengths()).isEqualTo("подготовка к ГИА, проектная деятельность");
        assertThat(row.forms()).isEqualTo("учитель – учитель, STUDENT_PUPIL");
        assertThat(row.seats()).isEqualTo("1 из 3");
        assertThat(row.visibility()).isEqualTo("Сетевой проект");
        assertThat(row.status()).as("an active mentor needs no word about it").isEmpty();
    }

    @Test
    void cardLabelsEveryFieldAndCountsTheSeats() {
        MentorCard card = MentorCard.of(BankMother.ivanova(), BankMother.schools(), FORMS, Map.of());

        assertThat(card.main()).contains(new MentorCard.Field("Педагогический стаж", "12 лет"),
                new MentorCard.Field("Организация", "не указано"));
        assertThat(card.profile()).contains(new MentorCard.Field("Член ассоциации наставников", "да"));
        assertThat(card.contacts()).contains(new MentorCard.Field("Дата рождения", "05.04.1980"),
                new MentorCard.Field("Телефон", "не указано"));
        assertThat(List.of(card.capacity(), card.busy(), card.pending(), card.free())).containsExactly(3, 1, 1, 1);
        assertThat(card.title()).isEqualTo("Иванова Мария Петровна");
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
        ProfileForm form = ProfileForm.of(BankMother.ivanova());

        assertThat(form.hasStrength("exam_preparation", "подготовка к ГИА")).isTrue();
        assertThat(form.hasForm("TEACHER_TEACHER", "учитель – учитель")).isTrue();
        assertThat(form.isAssociationMember()).isTrue();
        Mentors.Change change = form.toChange();
        assertThat(change.capacity()).isEqualTo(3);
        assertThat(change.birthDate()).isEqualTo(LocalDate.of(1980, 4, 5));
        assertThat(change.subjects()).containsExactly("математика", "информатика");
        assertThat(change.organisation()).isNull();
        assertThat(change.associationMember()).isTrue();
    }

    @Test
    void theOneFormSendsOwnPhrasesTickedAndNewOnesOnePerLine() {
        ProfileForm form = new ProfileForm(" Соколова Ирина ", "TEACHER", " 3 ", "", "", "", "", "", "",
                List.of("проектная деятельность"), List.of("школа молодого педагога"),
                "наставничество в цифровой среде\n\nшкола молодого педагога; тьюторство", List.of("TEACHER_PUPIL"),
                List.of("REVERSE"), "", "", "", "", "", null, "MUNICIPAL", "", "", "");

        Mentors.Change change = form.toChange();

        assertThat(change.fullName()).isEqualTo("Соколова Ирина");
        assertThat(change.capacity()).isEqualTo(3);
        assertThat(change.homeSchoolId()).isNull();
        assertThat(change.strengths()).containsExactly("проектная деятельность");
        assertThat(change.ownStrengths()).containsExactly("школа молодого педагога", "наставничество в цифровой среде",
                "тьюторство");
        assertThat(change.formats()).containsExactly("REVERSE");
    }
}
