package ru.mentoring.portal.nomination;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.catalogue.Catalogues;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NominationViewsTest {

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
        var nomination = new Nominations.Nomination("n-1", "m-1", "Петрова Анна", "1", "NETWORK", "p-1", null,
                "REJECTED", "мало опыта", "curator1", null, null, null, null);

        NominationRow row = NominationRow.of(nomination, new Catalogues.Schools(List.of()), Map.of("p-1", "Читаем вместе"));

        assertThat(row.status()).isEqualTo("отклонено");
        assertThat(row.statusClass()).isEqualTo("declined");
        assertThat(row.target()).isEqualTo("в сетевой проект «Читаем вместе»");
        assertThat(row.reason()).isEqualTo("мало опыта");
        assertThat(row.pending()).isFalse();
    }

    @Test
    void aMentorOfTheSchoolIsNominatedByIdAndANewPersonByProfile() {
        var existing = new NominationForm("m-1", "ignored", "TEACHER", "1", null, null, null, "MUNICIPAL", "p-1", " ");
        assertThat(existing.check()).isEmpty();
        Nominations.Nominate byId = existing.toCommand("1");
        assertThat(byId.mentorId()).isEqualTo("m-1");
        assertThat(byId.profile()).isNull();
        assertThat(byId.networkProjectId()).as("only a NETWORK nomination names a project").isNull();
        assertThat(byId.motivation()).isNull();

        var newPerson = new NominationForm("", " Орлова Вера ", "PARENT", "2", "", "orlova@mail.ru",
                List.of("профориентация"), "NETWORK", "p-1", "ведёт кружок");
        assertThat(newPerson.check()).isEmpty();
        Nominations.Nominate byProfile = newPerson.toCommand("3");
        assertThat(byProfile.mentorId()).isNull();
        assertThat(byProfile.profile().fullName()).isEqualTo("Орлова Вера");
        assertThat(byProfile.profile().homeSchoolId()).isEqualTo("3");
        assertThat(byProfile.profile().strengths()).containsExactly("профориентация");
        assertThat(byProfile.networkProjectId()).isEqualTo("p-1");
    }

    @Test
    void incompleteFormIsExplainedInRussian() {
        var form = new NominationForm("", "", "", "ноль", null, null, null, "NETWORK", "", null);

        assertThat(form.check()).containsOnlyKeys("networkProjectId", "fullName", "kind", "capacity");
        assertThat(new NominationForm("m-1", null, null, null, null, null, null, null, null, null).check())
                .containsOnlyKeys("target");
    }
}
