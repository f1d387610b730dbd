package ru.mentoring.portal.event;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.testing.EventsMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** «Изменить мероприятие»: the event as it stands in the form, every mistake under its field, the change asked for in Moscow time. */
class EditEventPageTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String[] LATIN = {"https", "vk", "com", "video", "imc"};

    private final FormFlow flow = PortalHarness.get().bean(FormFlow.class);

    @Test
    void theFormHoldsTheEventAsItStands() {
        Events.Event seminar = EventsMother.seminar(true, true);
        EditEventForm form = EditEventForm.of(seminar);

        Rendered page = Templates.render(EditEventController.page(seminar, form, FormErrors.none(), EventsMother.vocabulary()),
                PortalUsers.methodist()).assertRussianOnly(LATIN);

        assertThat(page.heading()).isEqualTo("Изменить мероприятие");
        assertThat(page.field("day").html()).contains("value=\"03.03.2027\"");
        assertThat(page.field("startTime").html()).as("10:00 in Moscow").contains("value=\"10:00\"");
        assertThat(page.field("endTime").html()).contains("value=\"13:00\"");
        assertThat(page.field("lastDay").html()).as("a one-day event").contains("value=\"\"");
        assertThat(page.field("closesOn").html()).as("applications close at the start").contains("value=\"\"");
        assertThat(page.field("format").html()).contains("<option value=\"HYBRID\" selected=\"selected\">");
        assertThat(page.field("venue").html()).contains("value=\"ИМЦ, ауд. 12\"");
        assertThat(page.text()).contains("зарегистрировано: 3", "из листа ожидания");
        assertThat(flow.check(form).isEmpty()).as("the event as it stands is a valid change").isTrue();
        assertThat(form.toEdit().startsAt()).isEqualTo(seminar.startsAt());
        assertThat(form.toEdit().closesAt()).isNull();
    }

    @Test
    void everyMistakeIsSaidUnderItsFieldAndWhatWasTypedStays() {
        var typed = new EditEventForm("", "03.03.2027", "15:00", "14:00", "", "IN_PERSON", " ", "", "04.03.2027", "");
        FormErrors errors = flow.check(typed);

        Rendered page = Templates.render(EditEventController.page(EventsMother.seminar(true, true), typed, errors,
                EventsMother.vocabulary()), PortalUsers.methodist()).assertRussianOnly(LATIN);

        assertThat(page.summary()).as("in the order of the page").containsExactly("Укажите название мероприятия",
                "Мероприятие должно закончиться позже, чем начнётся", "Укажите место проведения очного мероприятия",
                "Приём заявок должен закончиться не позже дня мероприятия");
        assertThat(page.field("startTime").html()).contains("value=\"15:00\"");
        assertThat(page.field("closesOn").html()).contains("value=\"04.03.2027\"");
    }

    @Test
    void theChangeIsAskedForInMoscowTime() {
        var typed = new EditEventForm(" Семинар (перенесён) ", "10.03.2027", "9:30", "12:00", "11.03.2027", "IN_PERSON",
                "Школа № 5, актовый зал", "", "05.03.2027", "Новая программа");
        assertThat(flow.check(typed).isEmpty()).isTrue();

        Events.EventEdit edit = typed.toEdit();

        assertThat(edit.title()).isEqualTo("Семинар (перенесён)");
        assertThat(edit.startsAt()).isEqualTo(LocalDate.of(2027, 3, 10).atTime(9, 30).atZone(MOSCOW).toInstant());
        assertThat(edit.endsAt()).isEqualTo(LocalDate.of(2027, 3, 11).atTime(12, 0).atZone(MOSCOW).toInstant());
        assertThat(edit.closesAt()).isEqualTo(LocalDate.of(2027, 3, 5).atTime(23, 59).atZone(MOSCOW).toInstant());
        assertThat(edit.onlineUrl()).isNull();
        assertThat(edit.venue()).isEqualTo("Школа № 5, актовый зал");
    }
}
