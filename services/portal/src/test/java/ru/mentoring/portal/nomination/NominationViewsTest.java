package ru.mentoring.portal.nomination;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.Nominations;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NominationViewsTest {

    static final UUID PROJECT = UUID.fromString("7d000000-0000-4000-8000-000000000001");

    @Test
    void statusesAndTargetsAreInRussian() {
        assertThat(NominationRow.status("PENDING")).isEqualTo("на рассмотрении");
        assertThat(NominationRow.status("APPROVED")).isEqualTo("одобрено");
        assertThat(NominationRow.status("REJECTED")).isEqualTo("отклонено");
        assertThat(NominationRow.target("MUNICIPAL", null)).isEqualTo("в муниципальный банк");
        assertThat(NominationRow.target("NETWORK", "Читаем вместе")).isEqualTo("в сетевой проект «Читаем вместе»");
    }

    @Test
    void rejectedNominationCarriesItsReason() {
        var nomination = new Nominations.Nomination(UUID.randomUUID(), BankMother.IVANOVA, "Петрова Анна", "1",
                "NETWORK", PROJECT, null, "REJECTED", "мало опыта", "curator1", null, null, null, null);

        NominationRow row = NominationRow.of(nomination, BankMother.schools(), Map.of(PROJECT, "Читаем вместе"));

        assertThat(row.status()).isEqualTo("отклонено");
        assertThat(row.statusClass()).isEqualTo("declined");
        assertThat(row.school()).isEqualTo("МАОУ СОШ № 1");
        assertThat(row.target()).isEqualTo("в сетевой проект «Читаем вместе»");
        assertThat(row.reason()).isEqualTo("мало опыта");
        assertThat(row.pending()).isFalse();
    }

    @Test
    void aMentorOfTheSchoolIsNominatedByIdAndANewPersonByProfile() {
        var existing = new NominationForm(BankMother.IVANOVA.toString(), "ignored", "TEACHER", "1", null, null, null,
                "MUNICIPAL", PROJECT.toString(), " ");
        assertThat(existing.check()).isEmpty();
        Nominations.Nominate byId = existing.toCommand("1");
        assertThat(byId.mentorId()).isEqualTo(BankMother.IVANOVA.toString());
        assertThat(byId.profile()).isNull();
        assertThat(byId.networkProjectId()).as("only a NETWORK nomination names a project").isNull();
        assertThat(byId.motivation()).isNull();

        var newPerson = new NominationForm("", " Орлова Вера ", "PARENT", "2", "", "orlova@mail.ru",
                List.of("профориентация", " "), "NETWORK", PROJECT.toString(), "ведёт кружок");
        assertThat(newPerson.check()).isEmpty();
        Nominations.Nominate byProfile = newPerson.toCommand("3");
        assertThat(byProfile.mentorId()).isNull();
        assertThat(byProfile.profile().fullName()).isEqualTo("Орлова Вера");
        assertThat(byProfile.profile().homeSchoolId()).isEqualTo("3");
        assertThat(byProfile.profile().strengths()).containsExactly("профориентация");
        assertThat(byProfile.networkProjectId()).isEqualTo(PROJECT.toString());
    }

    @Test
    void incompleteFormIsExplainedInRussianFieldByField() {
        var form = new NominationForm("", "", "", "", null, null, null, "NETWORK", "", null);

        assertThat(form.check()).extracting(FormErrors.FieldError::field)
                .containsExactly("fullName", "kind", "capacity", "networkProjectId");
        assertThat(new NominationForm(BankMother.IVANOVA.toString(), null, null, null, null, null, null, null, null,
                null).check()).extracting(FormErrors.FieldError::message)
                .containsExactly("Выберите, куда выдвигается наставник");
        assertThat(new NominationForm("не-id", null, null, null, null, null, null, "MUNICIPAL", null, null).check())
                .extracting(FormErrors.FieldError::field).containsExactly("mentorId");
    }
}
