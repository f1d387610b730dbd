package ru.mentoring.portal.event;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.testing.EventsMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** «Новое мероприятие» as an organiser fills it in: every mistake at once under its field, and the event it asks for. */
class NewEventPageTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final UUID PROJECT = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    private static final List<NetworkProjects.Project> PROJECTS = List.of(new NetworkProjects.Project(PROJECT, "Наставник рядом",
            "1", null, null, null, List.of("1", "2"), List.of(), List.of(), null));
    private static final Events.Vocabulary VOCABULARY = EventsMother.vocabulary();

    private final FormFlow flow = PortalHarness.get().bean(FormFlow.class);

    @Test
    void everyMistakeIsSaidUnderItsFieldAtOnceAndWhatWasTypedStays() {
        var typed = form("", "IN_PERSON", "", "31.02.2027", "25:00", "12:00", "0", "5", "3", "Секция", "CHOICE", "педагоги");
        FormErrors errors = flow.check(typed);

        Rendered page = Templates.render(NewEventController.page(typed, errors, VOCABULARY, true, PROJECTS),
                PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Новое мероприятие");
        assertThat(page.field("title").errors()).containsExactly("Укажите название мероприятия");
        assertThat(page.field("day").errors()).containsExactly("Дата — в формате ДД.ММ.ГГГГ");
        assertThat(page.field("startTime").errors()).containsExactly("Время — в формате ЧЧ:ММ, например 10:00");
        assertThat(page.field("capacity").errors()).containsExactly("Число мест — целое число от 1 до 100 000");
        assertThat(page.field("venue").errors()).containsExactly("Укажите место проведения очного мероприятия");
        assertThat(page.field("experienceMax").errors()).containsExactly("Наибольший стаж меньше наименьшего");
        assertThat(page.field("q1Options").errors()).containsExactly("Для выбора нужны хотя бы два варианта через запятую");
        assertThat(page.summary()).as("in the order of the page").containsExactly("Укажите название мероприятия",
                "Дата — в формате ДД.ММ.ГГГГ", "Время — в формате ЧЧ:ММ, например 10:00",
                "Укажите место проведения очного мероприятия", "Число мест — целое число от 1 до 100 000",
                "Наибольший стаж меньше наименьшего", "Для выбора нужны хотя бы два варианта через запятую");
        assertThat(page.field("day").html()).contains("value=\"31.02.2027\"");
        assertThat(page.field("q1Label").html()).contains("value=\"Секция\"");
        assertThat(page.field("organiser").html()).contains("Муниципальная методическая служба",
                "<option value=\"" + PROJECT + "\" selected=\"selected\">Сетевой проект «Наставник рядом»</option>");
        assertThat(page.text()).contains("Стажировка", "команды обучающихся", "Вопрос 3");
    }

    @Test
    void aCuratorsEventIsTheirSchoolsSoTheyAreNotAskedWhoOrganises() {
        Rendered page = Templates.render(NewEventController.page(NewEventForm.empty(), FormErrors.none(), VOCABULARY, false,
                List.of()), PortalUsers.curator("1")).assertRussianOnly();
        assertThat(page.html()).doesNotContain("name=\"organiser\"");
        assertThat(page.text()).contains("Мероприятие вашей школы");
    }

    @Test
    void theFilledFormAsksForTheEventInMoscowTimeWithTheProjectsSchoolsAndItsQuestions() {
        var typed = new NewEventForm("Стажировка «Первые шаги»", "INTERNSHIP", PROJECT.toString(), "16.03.2027",
                "10:00", "16:00", "18.03.2027", "", "HYBRID", "Школа № 1", "https://vk.com/video/1", "25", "3",
                "01.03.2027", "true", List.of("TEACHER"), "", "5", "2", "4", "5", "9", "Для молодых педагогов",
                "Предмет", "TEXT", "", "true", "Секция", "CHOICE", "русский язык, математика", null, "",
                "TEXT", "", null);
        assertThat(flow.check(typed).isEmpty()).isTrue();

        Events.NewEvent command = typed.toCommand(PROJECTS);

        assertThat(command.startsAt()).isEqualTo(LocalDate.of(2027, 3, 16).atTime(10, 0).atZone(MOSCOW).toInstant());
        assertThat(command.endsAt()).isEqualTo(LocalDate.of(2027, 3, 18).atTime(16, 0).atZone(MOSCOW).toInstant());
        assertThat(command.closesAt()).isEqualTo(LocalDate.of(2027, 3, 1).atTime(23, 59).atZone(MOSCOW).toInstant());
        assertThat(command.organiser()).isEqualTo("NETWORK_PROJECT");
        assertThat(command.networkProjectName()).isEqualTo("Наставник рядом");
        assertThat(command.memberSchoolIds()).containsExactly("1", "2");
        assertThat(command.audience()).containsExactly("TEACHER");
        assertThat(command.participation()).as("not a team event: the team's sizes are not sent").isEqualTo("INDIVIDUAL");
        assertThat(command.teamMin()).isNull();
        assertThat(command.experienceMax()).isEqualTo(5);
        assertThat(command.requiresApproval()).isTrue();
        assertThat(command.schoolCap()).isEqualTo(3);
        assertThat(command.fields()).containsExactly(new Events.NewQuestion("Предмет", "TEXT", true, List.of()),
                new Events.NewQuestion("Секция", "CHOICE", false, List.of("русский язык", "математика")));

        var sameDay = new NewEventForm("Семинар", "SEMINAR", "MUNICIPALITY", "16.03.2027", "10:00", "12:00", "", "",
                "IN_PERSON", "ИМЦ", "", "25", "", "16.03.2027", null, List.of(), "", "", "", "", "", "",
                "", "", "TEXT", "", null, "", "TEXT", "", null, "", "TEXT", "", null);
        Events.NewEvent seminar = sameDay.toCommand(PROJECTS);
        assertThat(seminar.organiser()).as("the centre's own: the service takes the signed-in methodist's").isNull();
        assertThat(seminar.closesAt()).as("applications on the day itself close when it starts").isEqualTo(seminar.startsAt());
    }

    @Test
    void aYearlyEventTakesItsRuleFromTheFirstDayAndADayNoRuleCanRepeatIsSaidUnderTheChoice() {
        // 03.03.2027 is the first Wednesday of March, 26.03.2027 the last Friday, 22.03.2027 the Monday of the last Monday-to-Friday week inside March
        assertThat(yearly("03.03.2027", "SAME_WEEKDAY").toSeries(PROJECTS).recurrence())
                .isEqualTo(new Events.Recurrence("NTH_WEEKDAY", 3, null, "WEDNESDAY", 1));
        assertThat(yearly("26.03.2027", "LAST_WEEKDAY").toSeries(PROJECTS).recurrence())
                .isEqualTo(new Events.Recurrence("NTH_WEEKDAY", 3, null, "FRIDAY", -1));
        assertThat(yearly("22.03.2027", "LAST_WEEK").toSeries(PROJECTS).recurrence())
                .isEqualTo(new Events.Recurrence("LAST_WEEK", 3, null, null, null));
        Events.NewSeries sameDate = yearly("02.03.2027", "SAME_DATE").toSeries(PROJECTS);
        assertThat(sameDate.recurrence()).isEqualTo(new Events.Recurrence("FIXED_DATE", 3, 2, null, null));
        assertThat(sameDate.event().startsAt()).as("the first year's event as typed")
                .isEqualTo(LocalDate.of(2027, 3, 2).atTime(10, 0).atZone(MOSCOW).toInstant());
        assertThat(yearly("02.03.2027", "").yearly()).as("«не повторяется»").isEmpty();
        for (String ok : List.of("03.03.2027:SAME_WEEKDAY", "26.03.2027:LAST_WEEKDAY", "22.03.2027:LAST_WEEK", "02.03.2027:SAME_DATE")) {
            String[] dayAndRule = ok.split(":");
            assertThat(flow.check(yearly(dayAndRule[0], dayAndRule[1])).isEmpty()).as(ok).isTrue();
        }

        assertThat(errorsUnderRepeat(yearly("19.03.2027", "LAST_WEEKDAY")))
                .containsExactly("Это не последний такой день недели месяца: последний — 26.03.2027");
        assertThat(errorsUnderRepeat(yearly("31.03.2027", "LAST_WEEK")))
                .containsExactly("Последняя рабочая неделя этого месяца начинается 22.03.2027: укажите этот понедельник первым днём");
        assertThat(errorsUnderRepeat(yearly("31.03.2027", "SAME_WEEKDAY"))).as("the fifth Wednesday is not in every March")
                .containsExactly("Пятый такой день недели бывает в месяце не каждый год: выберите «последний такой день недели месяца»");
        assertThat(errorsUnderRepeat(yearly("29.02.2028", "SAME_DATE")))
                .containsExactly("29 февраля бывает не каждый год: выберите другое правило");
    }

    private List<String> errorsUnderRepeat(NewEventForm typed) {
        Rendered page = Templates.render(NewEventController.page(typed, flow.check(typed), VOCABULARY, true, PROJECTS),
                PortalUsers.methodist()).assertRussianOnly();
        assertThat(page.field("repeat").html()).as("the rule chosen stays chosen")
                .contains("value=\"" + typed.repeat() + "\" selected=\"selected\"");
        return page.field("repeat").errors();
    }

    private static NewEventForm yearly(String day, String repeat) {
        return new NewEventForm("Семинар «Формирующее оценивание»", "SEMINAR", "MUNICIPALITY", day, "10:00", "12:00", "",
                repeat, "IN_PERSON", "ИМЦ", "", "40", "", "", null, List.of(), "", "", "", "", "", "", "", "", "TEXT", "",
                null, "", "TEXT", "", null, "", "TEXT", "", null);
    }

    private static NewEventForm form(String title, String format, String venue, String day, String start, String end,
                                     String capacity, String experienceMin, String experienceMax, String q1, String q1Type,
                                     String q1Options) {
        return new NewEventForm(title, "SEMINAR", PROJECT.toString(), day, start, end, "", "", format, venue, "",
                capacity, "", "", null, List.of("MENTOR"), experienceMin, experienceMax, "", "", "", "", "",
                q1, q1Type, q1Options, null, "", "TEXT", "", null, "", "TEXT", "", null);
    }
}
