package ru.mentoring.portal.network;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.mentor.MentorChoice;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormErrors.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** «Сетевые проекты» and one project, for the methodist who runs them and a curator who follows them. */
class NetworkPagesTest {

    private static final UUID ID = UUID.fromString("7d000000-0000-4000-8000-000000000001");
    private static final ProjectView PROJECT = ProjectView.of(new NetworkProjects.Project(ID, "Наставник рядом", "1",
            "Обмен опытом", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31), List.of("1", "2"),
            List.of(new NetworkProjects.Agreement(null, ID, "2", "12-СП", LocalDate.of(2026, 8, 20),
                    LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31))),
            List.of(BankMother.IVANOVA), null), BankMother.schools(), Map.of(BankMother.IVANOVA, "Иванова Мария Петровна"));

    private static List<Option> schools(String chosen) {
        return Option.of(BankMother.schoolList(), s -> s.id(), s -> s.label(), s -> s.id().equals(chosen));
    }

    @Test
    void methodistSeesTheProjectsAndTheRefusedNewProjectFormFilled() {
        var form = new ProjectForms.NewProjectForm("", "1", "Цели", "2027-09-01", "2026-09-01");
        var errors = FormErrors.found(ProjectForms.NewProjectForm.class, List.of(
                new FieldError("endsOn", "Проект не может закончиться раньше, чем начнётся"),
                new FieldError("name", "Укажите название сетевого проекта")));

        Rendered page = Templates.render(new ProjectsPage(List.of(PROJECT), form, errors, schools("1")),
                PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Сетевые проекты");
        assertThat(page.text()).contains("Наставник рядом", "МАОУ СОШ № 1", "01.09.2026 — 31.05.2027");
        assertThat(page.summary()).containsExactly("Укажите название сетевого проекта",
                "Проект не может закончиться раньше, чем начнётся");
        assertThat(page.field("name").errors()).containsExactly("Укажите название сетевого проекта");
        assertThat(page.field("endsOn").errors()).containsExactly("Проект не может закончиться раньше, чем начнётся");
        assertThat(page.field("endsOn").html()).contains("value=\"2026-09-01\"");
        assertThat(page.field("leadSchoolId").html()).contains("<option value=\"1\" selected=\"selected\">");
    }

    @Test
    void curatorSeesNoFormAndAnEmptyListIsSaid() {
        Rendered page = Templates.render(new ProjectsPage(List.of(), ProjectForms.NewProjectForm.empty(),
                FormErrors.none(), List.of()), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.text()).contains("Сетевые проекты, в которых участвует ваша школа.",
                "Сетевых проектов пока нет.").doesNotContain("Новый сетевой проект");
    }

    @Test
    void projectShowsAgreementsAndPoolAndTheMethodistsForms() {
        var candidates = MentorNames.options(List.of(new MentorChoice(BankMother.PETROV, "Петров Пётр Андреевич",
                null, "Представитель работодателя", 1)));
        var errors = FormErrors.found(ProjectForms.AgreementForm.class, List.of(
                new FieldError("number", "Укажите номер договора")));

        Rendered page = Templates.render(new ProjectPage(PROJECT, new ProjectForms.AgreementForm("2", "", "", "", ""),
                errors, schools("2"), candidates, ProjectPage.Calendar.of(List.of(new ProjectPage.Event("/events/" + ID,
                        "Семинар «Читательская грамотность»", "Семинар", "03.03.2027 10:00")))), PortalUsers.methodist())
                .assertRussianOnly("iCal");

        assertThat(page.heading()).isEqualTo("Наставник рядом");
        assertThat(page.text()).contains("Договоров: 1", "Школ-участников: 2", "Наставников в пуле: 1",
                "Гимназия № 2 12-СП 20.08.2026 01.09.2026 — 31.08.2027", "Иванова Мария Петровна",
                "Исключить из пула", "Петров Пётр Андреевич (Представитель работодателя)");
        assertThat(page.field("number").errors()).containsExactly("Укажите номер договора");
        assertThat(page.field("schoolId").html()).contains("<option value=\"2\" selected=\"selected\">");
        assertThat(page.html()).contains("href=\"/network-projects/" + ID + "/pool/" + BankMother.IVANOVA + "/remove\"",
                "href=\"/events/" + ID + "\"");
        assertThat(page.text()).contains("Мероприятия проекта Семинар «Читательская грамотность» — Семинар, 03.03.2027 10:00");
        assertThat(page.html()).as("the project's calendar to subscribe to")
                .contains("href=\"/events/projects/" + PROJECT.id() + "/calendar.ics\"");
    }

    @Test
    void curatorFollowsTheProjectWithoutChangingIt() {
        Rendered page = Templates.render(new ProjectPage(PROJECT, ProjectForms.AgreementForm.empty(), FormErrors.none(),
                List.of(), List.of(), ProjectPage.Calendar.down()), PortalUsers.curator("2")).assertRussianOnly();

        assertThat(page.text()).contains("Иванова Мария Петровна").doesNotContain("Добавить договор")
                .doesNotContain("Исключить из пула");
        assertThat(page.html()).as("no feed to offer while the events are unknown").doesNotContain("calendar.ics");
        assertThat(page.text()).as("the events service down costs only the project's events")
                .contains("Мероприятия проекта сейчас не показать: сервис «Мероприятия» не отвечает.", "Договоры");
    }

}
