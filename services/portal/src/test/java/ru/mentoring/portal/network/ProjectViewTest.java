package ru.mentoring.portal.network;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.web.form.FormErrors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectViewTest {

    @Test
    void projectIsShownWithSchoolAndMentorNamesAndRussianDates() {
        UUID unknown = UUID.fromString("5e6f7a8b-0000-4000-8000-000000000009");
        var project = new NetworkProjects.Project(UUID.randomUUID(), "Читаем вместе", "1", null,
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31), List.of("1", "2"),
                List.of(new NetworkProjects.Agreement(null, null, "2", "12-СП", LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31))),
                List.of(BankMother.IVANOVA, unknown), new NetworkProjects.Indicators(1, 2, 2));

        ProjectView view = ProjectView.of(project, BankMother.schools(), Map.of(BankMother.IVANOVA, "Иванова Мария"));

        assertThat(view.leadSchool()).isEqualTo("МАОУ СОШ № 1");
        assertThat(view.goals()).isEqualTo("Цели не указаны");
        assertThat(view.period()).isEqualTo("01.09.2026 — 31.05.2027");
        assertThat(view.members()).containsExactly("МАОУ СОШ № 1", "Гимназия № 2");
        assertThat(view.agreements()).containsExactly(new ProjectView.AgreementRow("Гимназия № 2", "12-СП",
                "20.08.2026", "01.09.2026 — 31.08.2027"));
        assertThat(view.pool()).extracting(ProjectView.PoolRow::fullName).containsExactly("Иванова Мария", "наставник 5e6f7a8b");
        assertThat(List.of(view.agreementCount(), view.memberCount(), view.poolCount())).containsExactly(1, 2, 2);
    }

    @Test
    void projectFormsCheckDatesBeforeTheBankDoes() {
        var project = new ProjectForms.NewProjectForm("Проект", "1", "", "2026-09-01", "01.08.2026");
        assertThat(project.check()).extracting(FormErrors.FieldError::field).containsExactly("endsOn");
        assertThat(new ProjectForms.NewProjectForm("Проект", "1", "", "вчера", "").check()).isEmpty();

        var agreement = new ProjectForms.AgreementForm("2", " 12-СП ", "20.08.2026", "2026-09-01", "2027-08-31");
        assertThat(agreement.check()).isEmpty();
        assertThat(agreement.toCommand().number()).isEqualTo("12-СП");
        assertThat(agreement.toCommand().signedOn()).isEqualTo(LocalDate.of(2026, 8, 20));
    }
}
