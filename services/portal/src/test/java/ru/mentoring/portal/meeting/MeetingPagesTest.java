package ru.mentoring.portal.meeting;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.testing.PairWorkMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** «Запись встречи» as the mentor fills it. */
class MeetingPagesTest {

    @Test
    void theFormOffersTheMeetingSequenceAndTheFormats() {
        var header = PairHeaders.of(PairWorkMother.activePupilPair());

        Rendered page = Templates.render(MeetingPage.of(header, MeetingForm.empty(LocalDate.of(2026, 10, 15), "PLANNING"),
                FormErrors.none()), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Запись встречи");
        assertThat(page.field("date").html()).contains("value=\"2026-10-15\"");
        assertThat(page.field("kind").html()).contains("встреча-знакомство", "пробная рабочая встреча",
                "<option value=\"PLANNING\" selected=\"selected\">встреча-планирование</option>", "регулярная встреча",
                "итоговая встреча");
        assertThat(page.field("format").html()).contains("value=\"IN_PERSON\" checked=\"checked\"", "онлайн");
        assertThat(page.field("durationMinutes").html()).contains("Длительность, минут");
    }

    @Test
    void quotesInsideQuotesAreSetRightInTheTextButWhatTheUserTypedStaysAsTyped() {
        var header = PairHeaders.of(PairWorkMother.activePupilPair());
        var typed = new MeetingForm("2026-10-15", "PLANNING", "IN_PERSON", "Повесть «Капитанская дочка»",
                "Обсудили «Главу «Пугачёвщина»»", "", null, null);
        var refusal = FormErrors.refused(MeetingForm.class, new ru.mentoring.portal.backend.BackendException.Rejected(
                "Школьный сервис", 422, new ru.mentoring.portal.backend.BackendProblem("Встреча не записана",
                "Встреча «Чтение «Капитанской дочки»» на эту дату уже записана", null)));

        Rendered page = Templates.render(MeetingPage.of(header, typed, refusal), PortalUsers.curator("1"));

        assertThat(page.text()).contains("Встреча «Чтение „Капитанской дочки“» на эту дату уже записана")
                .doesNotContain("«Чтение «Капитанской");
        assertThat(page.field("result").html()).contains(">Обсудили «Главу «Пугачёвщина»»</textarea>");
    }
}
