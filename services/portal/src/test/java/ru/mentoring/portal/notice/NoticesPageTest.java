package ru.mentoring.portal.notice;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.SchoolNotices;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The curator's notices, each leading to the pair or the mentee it is about. */
class NoticesPageTest {

    @Test
    void unreadNoticesLeadToTheirPairOrMentee() {
        UUID unread = UUID.fromString("55550000-0000-4000-8000-000000000001");
        var notices = new SchoolNotices.NoticeList(List.of(
                new SchoolNotices.Notice(unread, "CONSENT_WITHDRAWN", "Отозвано согласие: Петров Пётр, пара работает",
                        SchoolMother.PAIR, SchoolMother.PUPIL, Instant.parse("2026-10-01T07:00:00Z"), false),
                new SchoolNotices.Notice(UUID.randomUUID(), "MENTOR_DECLINED", "Наставник не принял выбор", null,
                        SchoolMother.PUPIL, Instant.parse("2026-09-30T07:00:00Z"), true)), 1);

        Rendered page = Templates.render(NoticesPage.of(notices), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Уведомления");
        assertThat(page.text()).contains("Непрочитанных: 1", "Отозвано согласие: Петров Пётр, пара работает К паре Прочитано",
                "Наставник не принял выбор К наставляемому прочитано");
        assertThat(page.html()).contains("href=\"/pairs/" + SchoolMother.PAIR + "\"",
                "action=\"/notices/" + unread + "/read\"", "href=\"/mentees/" + SchoolMother.PUPIL + "\"");
    }
}
