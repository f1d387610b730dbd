package ru.mentoring.portal.request;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.catalogue.Catalogues;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestRowTest {

    private static final Catalogues.Schools SCHOOLS = new Catalogues.Schools(List.of(
            new Catalogues.School("2", "Гимназия № 2", null)));

    @Test
    void statusesAreSaidAsTheSchoolReadsThem() {
        assertThat(RequestRow.status("PENDING")).isEqualTo("ожидает решения");
        assertThat(RequestRow.status("ACCEPTED")).isEqualTo("принят");
        assertThat(RequestRow.status("DECLINED")).isEqualTo("отклонён");
        assertThat(RequestRow.status("WITHDRAWN")).isEqualTo("WITHDRAWN");
    }

    @Test
    void declinedRequestShowsTheReasonAndCannotBeDecidedAgain() {
        var request = new MentorRequests.Request("r-1", "m-1", "2", "ОГЭ по математике", "DECLINED",
                "нет времени до декабря", "curator2", "methodist", Instant.parse("2026-10-01T07:00:00Z"),
                Instant.parse("2026-10-02T07:00:00Z"));

        RequestRow row = RequestRow.of(request, Map.of("m-1", "Иванова Мария Петровна"), SCHOOLS, true);

        assertThat(row.mentorName()).isEqualTo("Иванова Мария Петровна");
        assertThat(row.school()).isEqualTo("Гимназия № 2");
        assertThat(row.status()).isEqualTo("отклонён");
        assertThat(row.reason()).isEqualTo("нет времени до декабря");
        assertThat(row.createdAt()).isEqualTo("01.10.2026 10:00");
        assertThat(row.decidable()).isFalse();
    }

    @Test
    void onlyDecidersSeePendingRequestsAsDecidableAndUnknownMentorsStayRecognisable() {
        var pending = new MentorRequests.Request("r-2", "0c1d2e3f-4a5b", "7", "проект", "PENDING", null, "curator7",
                null, null, null);

        assertThat(RequestRow.of(pending, Map.of(), SCHOOLS, true).decidable()).isTrue();
        assertThat(RequestRow.of(pending, Map.of(), SCHOOLS, false).decidable()).isFalse();
        assertThat(RequestRow.of(pending, Map.of(), SCHOOLS, false).mentorName()).isEqualTo("наставник 0c1d2e3f");
        assertThat(RequestRow.of(pending, Map.of(), SCHOOLS, false).school()).isEqualTo("школа № 7");
    }
}
