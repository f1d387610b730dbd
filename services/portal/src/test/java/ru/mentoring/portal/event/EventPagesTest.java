package ru.mentoring.portal.event;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.EventsMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The event pages as a user reads them: the calendar, the card with the form, my applications, the organiser's lists, check-in. */
class EventPagesTest {

    private static final java.time.Instant AFTER_THE_SEMINAR = java.time.Instant.parse("2027-03-04T00:00:00Z");
    private static final java.time.Instant BEFORE_THE_SEMINAR = java.time.Instant.parse("2027-02-20T00:00:00Z");
    private static final String[] LATIN = {"QR", "PDF", "iCal", "vk", "com", "video", "imc", "https", "K7M2QX9P"};

    @Test
    void theMonthShowsEachEventOnItsDayAndTheListShowsPlacesAndMyStatus() {
        var events = List.of(EventsMother.seminar(true, false));
        var month = CalendarController.page(YearMonth.of(2027, 3), false, events, Map.of(EventsMother.EVENT, "Зарегистрирован"),
                BankMother.schools(), LocalDate.of(2027, 3, 1), true, CalendarController.Filter.none(),
                EventsMother.vocabulary(), List.of());

        Rendered grid = Templates.render(month, PortalUsers.mentor()).assertRussianOnly(LATIN);
        assertThat(grid.text()).contains("Март 2027", "Пн Вт Ср Чт Пт Сб Вс", "10:00 Семинар «Формирующее оценивание»");
        assertThat(grid.html()).contains("href=\"/events/" + EventsMother.EVENT + "\"", "href=\"/events?month=2027-04\"",
                "href=\"/events/new\"");

        var list = CalendarController.page(YearMonth.of(2027, 3), true, events, Map.of(EventsMother.EVENT, "Зарегистрирован"),
                BankMother.schools(), LocalDate.of(2027, 3, 1), true, CalendarController.Filter.none(),
                EventsMother.vocabulary(), List.of());
        Rendered rows = Templates.render(list, PortalUsers.mentor()).assertRussianOnly(LATIN);
        assertThat(rows.text()).contains("3 марта 2027, 10:00–13:00", "ИМЦ, ауд. 12 и онлайн", "мест нет — запись в лист ожидания",
                "Зарегистрирован");
    }

    @Test
    void aSearchListsEveryEventFoundFromTodayWhateverTheMonthAndKeepsWhatWasAsked() {
        var vocabulary = EventsMother.vocabulary();
        var filter = CalendarController.Filter.of("INTERNSHIP", "SCHOOL", "  стажировка ", vocabulary);
        var found = CalendarController.page(YearMonth.of(2027, 3), false, List.of(EventsMother.seminar(true, false)), Map.of(),
                BankMother.schools(), LocalDate.of(2027, 3, 1), false, filter, vocabulary, List.of());

        Rendered page = Templates.render(found, PortalUsers.mentor()).assertRussianOnly(LATIN);

        assertThat(page.text()).contains("Найдено мероприятий с 1 марта 2027: 1", "3 марта 2027, 10:00–13:00", "Сбросить");
        assertThat(page.html()).contains("<option value=\"INTERNSHIP\" selected=\"selected\">Стажировка</option>",
                "<option value=\"SCHOOL\" selected=\"selected\">школы</option>", "value=\"стажировка\"")
                .doesNotContain("id=\"calendar\"", "id=\"previous-month\"", "id=\"new-event\"");
        assertThat(CalendarController.Filter.of("NO_SUCH_KIND", "NOBODY", " ", vocabulary).active())
                .as("an edited address is no filter").isFalse();

        var nothing = CalendarController.page(YearMonth.of(2027, 3), false, List.of(), Map.of(), BankMother.schools(),
                LocalDate.of(2027, 3, 1), false, filter, vocabulary, List.of());
        assertThat(Templates.render(nothing, PortalUsers.mentor()).text()).contains("Таких мероприятий впереди нет.");
    }

    @Test
    void aCuratorNarrowsTheCalendarToOneOfTheirNetworkProjects() {
        var vocabulary = EventsMother.vocabulary();
        var project = java.util.UUID.fromString("a0000000-0000-4000-8000-000000000001");
        var projects = List.of(new ru.mentoring.portal.backend.mentorbank.NetworkProjects.Project(project, "Наставник рядом",
                "1", null, null, null, List.of("1", "2"), List.of(), List.of(), null));
        var filter = CalendarController.Filter.of(null, null, null, vocabulary).withProject(" " + project + " ", projects);
        assertThat(filter.active()).isTrue();
        assertThat(filter.project()).isEqualTo(project);

        var found = CalendarController.page(YearMonth.of(2027, 3), false, List.of(EventsMother.seminar(true, false)), Map.of(),
                BankMother.schools(), LocalDate.of(2027, 3, 1), true, filter, vocabulary, projects);
        Rendered page = Templates.render(found, PortalUsers.curator("1")).assertRussianOnly(LATIN);
        assertThat(page.text()).contains("Сетевой проект", "Найдено мероприятий с 1 марта 2027: 1", "Сбросить");
        assertThat(page.html()).contains("<option value=\"" + project + "\" selected=\"selected\">Наставник рядом</option>");

        assertThat(CalendarController.Filter.of(null, null, null, vocabulary)
                .withProject(java.util.UUID.randomUUID().toString(), projects).active())
                .as("a project the user does not see is no filter").isFalse();
        var withoutProjects = CalendarController.page(YearMonth.of(2027, 3), false, List.of(), Map.of(), BankMother.schools(),
                LocalDate.of(2027, 3, 1), false, CalendarController.Filter.none(), vocabulary, List.of());
        assertThat(Templates.render(withoutProjects, PortalUsers.mentor()).html())
                .as("who sees no projects is not offered the choice").doesNotContain("name=\"project\"");
    }

    @Test
    void theCardShowsTheRulesAndTheFormWithTheOrganisersQuestionsAndEveryRefusal() {
        var errors = FormErrors.refused(ApplyForm.class, new ru.mentoring.portal.backend.BackendException.Rejected("Мероприятия", 422,
                new ru.mentoring.portal.backend.BackendProblem("Заявка не принята",
                        "Мероприятие для категорий: наставники — по данным платформы вы к ним не относитесь", null)));
        var page = EventPages.card(EventsMother.seminar(true, false), null, List.of(), ApplyForm.of(Map.of("q_topic", "Пары")),
                errors, BankMother.schools(), BEFORE_THE_SEMINAR);

        Rendered card = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly(LATIN);

        assertThat(card.heading()).isEqualTo("Семинар «Формирующее оценивание»");
        assertThat(card.text()).contains("Участники: наставники", "Не больше 2 мест на школу", "Заявка на участие",
                "Мероприятие для категорий: наставники — по данным платформы вы к ним не относитесь", "Секция *");
        assertThat(card.field("q_topic").html()).contains("value=\"Пары\"");
        assertThat(card.field("q_section").html()).contains("<option value=\"Педагоги\">Педагоги</option>");
    }

    @Test
    void aYearlyEventShowsItsParticipantsYearByYearAndItsOrganiserPlansTheNextYear() {
        var series = new Events.Series(EventsMother.SERIES, "Семинар «Формирующее оценивание»", "в первую среду марта", "Семинар",
                List.of(EventsMother.yearly(true)), List.of(
                new Events.YearFigures(2024, null, 40, 9, true),
                new Events.YearFigures(2025, null, 46, null, true),
                new Events.YearFigures(2027, EventsMother.EVENT, 43, 12, false)));

        Rendered page = Templates.render(SeriesController.page(series, AFTER_THE_SEMINAR, true, HistoryForm.empty(), FormErrors.none()), PortalUsers.methodist()).assertRussianOnly(LATIN);

        assertThat(page.heading()).isEqualTo("Семинар «Формирующее оценивание»");
        assertThat(page.text()).contains("Проводится в первую среду марта", "3 марта 2027, 10:00–13:00", "Запланировать на 2028 год");
        assertThat(row(page, "year-2024"))
                .startsWith("2024 40 — 9 по листам регистрации");
        assertThat(row(page, "year-2025"))
                .as("the year after is compared; schools not known are a dash").startsWith("2025 46 +6 — по листам регистрации");
        assertThat(row(page, "year-2027"))
                .as("a gap of a year has nothing to compare with").startsWith("2027 43 — 12 на платформе");
        assertThat(page.html()).contains("href=\"/events/" + EventsMother.EVENT + "\"", "width:100%", "width:87%",
                "action=\"/events/series/" + EventsMother.SERIES + "/years/2028\"");

        var visitor = SeriesController.page(new Events.Series(series.id(), series.title(), series.rule(), series.kindTitle(),
                List.of(EventsMother.yearly(false)), series.dynamics()), AFTER_THE_SEMINAR, false, HistoryForm.empty(),
                FormErrors.none());
        assertThat(Templates.render(visitor, PortalUsers.mentor()).text()).as("only the organiser plans")
                .doesNotContain("Запланировать");

        var before = Templates.render(SeriesController.page(new Events.Series(series.id(), series.title(), series.rule(),
                series.kindTitle(), series.instances(), List.of(series.dynamics().get(1), new Events.YearFigures(2026, null, 41, 10, true),
                new Events.YearFigures(2027, EventsMother.EVENT, 4, 3, false))), EventsMother.seminar(true, false).startsAt(), true,
                new HistoryForm("1999", "", "-1"), PortalHarness.get().bean(FormFlow.class).check(new HistoryForm("1999", "", "-1"))),
                PortalUsers.methodist());
        assertThat(row(before, "year-2027")).as("a year still ahead counts applications and is not compared")
                .startsWith("2027 4 — 3 заявки на сегодня, мероприятие впереди");
        assertThat(before.field("year").errors()).containsExactly("Год — четыре цифры, не раньше 2000");
        assertThat(before.field("participants").errors()).containsExactly("Укажите число участников");
        assertThat(before.field("schools").errors()).containsExactly("Школ — целое число, не меньше нуля");
        assertThat(before.field("schools").html()).as("what was typed stays").contains("value=\"-1\"");
        assertThat(Templates.render(visitor, PortalUsers.mentor()).html()).as("only the methodist enters old sheets")
                .doesNotContain("id=\"history\"");

        var card = EventPages.card(EventsMother.yearly(false), null, List.of(), ApplyForm.EMPTY, FormErrors.none(), BankMother.schools(), BEFORE_THE_SEMINAR);
        assertThat(Templates.render(card, PortalUsers.mentor()).html())
                .contains("href=\"/events/series/" + EventsMother.SERIES + "\"");
    }

    /** The text of the table row with this id, and of everything after it. */
    private static String row(Rendered page, String id) {
        String html = page.html();
        return new Rendered(html.substring(html.lastIndexOf("<tr", html.indexOf("id=\"" + id + "\"")))).text();
    }

    @Test
    void myRegistrationShowsTheQrCodeAndCancelAndATeamEventAsksForTheTeam() {
        var mine = EventPages.card(EventsMother.seminar(true, false), EventsMother.registered("Сергей Иванов", "1"), List.of(),
                ApplyForm.EMPTY, FormErrors.none(), BankMother.schools(), BEFORE_THE_SEMINAR);
        Rendered card = Templates.render(mine, PortalUsers.mentor()).assertRussianOnly(LATIN);
        assertThat(card.text()).contains("Моя заявка", "Зарегистрирован", "Код для отметки на входе: K7M2QX9P", "Отменить регистрацию");
        assertThat(card.text()).doesNotContain("Подать заявку");
        assertThat(card.html()).contains("src=\"/events/" + EventsMother.EVENT + "/qr.png\"");

        var team = EventPages.card(EventsMother.festival(), null, List.of(), ApplyForm.EMPTY, FormErrors.none(), BankMother.schools(), BEFORE_THE_SEMINAR);
        Rendered form = Templates.render(team, PortalUsers.curator("1")).assertRussianOnly(LATIN);
        assertThat(form.text()).contains("Название команды", "Классы участников через запятую", "Имена обучающихся не нужны");
    }

    @Test
    void myApplicationsListStatusesCertificatesAndMessages() {
        var attended = new Events.Registration(EventsMother.REG, 1, EventsMother.EVENT, "REGISTERED", "Зарегистрирован", "SELF",
                "Сергей Иванов", "Сергей Иванов", "1", null, null, Map.of(), "K7M2QX9P", java.time.Instant.parse("2027-03-03T07:05:00Z"),
                java.time.Instant.parse("2027-02-10T07:00:00Z"), null);
        var page = MyEventsController.page(List.of(new Events.Mine(attended, EventsMother.seminar(false, false))),
                new Events.NoticeList(List.of(new Events.Notice(java.util.UUID.randomUUID(), EventsMother.EVENT, "PROMOTED",
                        "Место освободилось — вы зарегистрированы", "Освободилось место: вы зарегистрированы",
                        java.time.Instant.parse("2027-02-20T07:00:00Z"), false)), 1));

        Rendered mine = Templates.render(page, PortalUsers.mentor()).assertRussianOnly(LATIN);

        assertThat(mine.text()).contains("Зарегистрирован, участие отмечено", "новых: 1", "Место освободилось — вы зарегистрированы");
        assertThat(mine.html()).contains("href=\"/events/" + EventsMother.EVENT + "/certificate\"");
    }

    @Test
    void aCancelledEventSaysWhyTakesNoApplicationsAndItsOrganiserCannotChangeItAgain() {
        Rendered visitor = Templates.render(EventPages.card(EventsMother.cancelled(false), null, List.of(), ApplyForm.EMPTY,
                FormErrors.none(), BankMother.schools(), BEFORE_THE_SEMINAR), PortalUsers.curator("1")).assertRussianOnly(LATIN);
        assertThat(visitor.text()).contains("Мероприятие отменено. Причина: Ведущий заболел, семинар пройдёт весной.",
                        "Места мероприятие отменено", "Регистрация мероприятие отменено, заявки не принимаются")
                .doesNotContain("Подать заявку").doesNotContain("Приём заявок сейчас не идёт");

        Rendered organiser = Templates.render(EventPages.card(EventsMother.cancelled(true), null, List.of(), ApplyForm.EMPTY,
                FormErrors.none(), BankMother.schools(), BEFORE_THE_SEMINAR), PortalUsers.methodist()).assertRussianOnly(LATIN);
        assertThat(organiser.html()).doesNotContain("id=\"edit-event\"").doesNotContain("id=\"cancel-event\"");
        assertThat(organiser.text()).contains("Заявки и места");

        Rendered before = Templates.render(EventPages.card(EventsMother.seminar(true, true), null, List.of(), ApplyForm.EMPTY,
                FormErrors.none(), BankMother.schools(), BEFORE_THE_SEMINAR), PortalUsers.methodist()).assertRussianOnly(LATIN);
        assertThat(before.html()).contains("href=\"/events/" + EventsMother.EVENT + "/edit\"",
                "action=\"/events/" + EventsMother.EVENT + "/cancellation\"");
        Rendered after = Templates.render(EventPages.card(EventsMother.seminar(false, true), null, List.of(), ApplyForm.EMPTY,
                FormErrors.none(), BankMother.schools(), AFTER_THE_SEMINAR), PortalUsers.methodist()).assertRussianOnly(LATIN);
        assertThat(after.html()).as("a past event is neither changed nor cancelled").doesNotContain("/edit\"")
                .doesNotContain("/cancellation\"");
    }

    @Test
    void theOrganiserSeesPlacesPerSchoolPendingRegisteredAndTheWaitingListInOrder() {
        var page = ManageController.page(EventsMother.seminar(false, true), List.of(EventsMother.registered("Ольга Кузнецова", "2"),
                        EventsMother.pending("Эко-патруль", "1"), EventsMother.waiting("Сергей Иванов", "1", 1)), EventsMother.places(), null,
                FormErrors.none(), BankMother.schools());

        Rendered manage = Templates.render(page, PortalUsers.methodist()).assertRussianOnly(LATIN);

        assertThat(manage.text()).contains("Мест: 3, занято: 3, свободно: 0", "Лист регистрации", "Принять", "Отклонить",
                "команда, 4 чел., классы 7, 7, 8, 8", "Ольга Кузнецова", "Снять", "Лист ожидания", "1 Сергей Иванов");
        assertThat(manage.field("schoolCaps").html()).contains("value=\"1: 1\"");
        assertThat(manage.field("schoolCap").html()).contains("value=\"2\"");
    }

    @Test
    void theCheckInScreenTakesTheCodeAndFindsPeopleByName() {
        var page = CheckInController.page(EventsMother.seminar(false, true), List.of(EventsMother.registered("Ольга Кузнецова", "2"),
                EventsMother.waiting("Сергей Иванов", "1", 1)), "кузн", BankMother.schools());

        Rendered screen = Templates.render(page, PortalUsers.methodist()).assertRussianOnly(LATIN);

        assertThat(screen.text()).contains("Отметка прибытия", "Прибыли: 0 из 1", "Код из QR-кода", "Ольга Кузнецова",
                "Отметить прибытие").doesNotContain("Сергей Иванов");
    }

    @Test
    void capsAreReadAsSchoolAndPlaces() {
        assertThat(ManageController.change(new PlacesForm("30", "", "1: 3, 2:5, x")).schoolCaps()).containsEntry("1", 3).containsEntry("2", 5);
        assertThat(Applications.grades("7, 7; 8 девятый")).containsExactly(7, 7, 8);
    }
}
