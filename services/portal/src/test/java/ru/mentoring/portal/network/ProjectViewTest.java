package ru.mentoring.portal.network;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.catalogue.Catalogues;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectViewTest {

    @Test
    void projectIsShownWithSchoolAndMentorNamesAndRussianDates() {
        var schools = new Catalogues.Schools(List.of(new Catalogues.School("1", "Школа № 1", "МАОУ СОШ № 1"),
                new Catalogues.School("2", "Гимназия № 2", "Гимназия № 2")));
        var project = new NetworkProjects.Project("p-1", "Читаем вместе", "1", null, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 31), List.of("1", "2"),
                List.of(new NetworkProjects.Agreement("a-1", "p-1", "2", "12-СП", LocalDate.of(2026, 8, 20),
                        LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31))),
                List.of("m-1", "m-9"), new NetworkProjects.Indicators(1, 2, 2));

        ProjectView view = ProjectView.of(project, schools, Map.of("m-1", "Иванова Мария"));

        assertThat(view.leadSchool()).isEqualTo("МАОУ СОШ № 1");
        assertThat(view.goals()).isEqualTo("Цели не указаны");
        assertThat(view.period()).isEqualTo("01.09.2026 — 31.05.2027");
        assertThat(view.members()).containsExactly("МАОУ СОШ № 1", "Гимназия № 2");
        assertThat(view.agreements()).containsExactly(new ProjectView.AgreementRow("Гимназия № 2", "12-СП",
                "20.08.2026", "01.09.2026 — 31.08.2027"));
        assertThat(view.pool()).extracting(ProjectView.PoolRow::fullName).containsExactly("Иванова Мария", "наставник m-9");
        assertThat(List.of(view.agreementCount(), view.memberCount(), view.poolCount())).containsExactly(1, 2, 2);
    }

    @Test
    void projectFormsCheckDatesBeforeTheBankDoes() {
        var project = new ProjectForms.NewProjectForm("Проект", "1", "", "2026-09-01", "01.08.2026");
        assertThat(project.check()).containsOnlyKeys("endsOn");
        assertThat(new ProjectForms.NewProjectForm("Проект", "1", "", "вчера", "").check()).containsOnlyKeys("startsOn");

        var agreement = new ProjectForms.AgreementForm("2", " 12-СП ", "20.08.2026", "2026-09-01", "2027-08-31");
        assertThat(agreement.check()).isEmpty();
        assertThat(agreement.toCommand().number()).isEqualTo("12-СП");
        assertThat(agreement.toCommand().signedOn()).isEqualTo(LocalDate.of(2026, 8, 20));
    }
}
