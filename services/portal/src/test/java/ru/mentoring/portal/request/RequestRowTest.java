package ru.mentoring.portal.request;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.MentorRequests;
import ru.mentoring.portal.testing.BankMother;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestRowTest {

    @Test
    void statusesAreSaidAsTheSchoolReadsThem() {
        assertThat(RequestRow.status("PENDING")).isEqualTo("ожидает решения");
        assertThat(RequestRow.status("ACCEPTED")).isEqualTo("принят");
        assertThat(RequestRow.status("DECLINED")).isEqualTo("отклонён");
        assertThat(RequestRow.status("WITHDRAWN")).isEqualTo("отозван школой");
        assertThat(RequestRow.status("POSTPONED")).as("a newer bank's status is shown as it is").isEqualTo("POSTPONED");
    }

    @Test
    void declinedRequestShowsTheReasonAndCannotBeDecidedAgain() {
        var request = new MentorRequests.Request(UUID.randomUUID(), BankMother.IVANOVA, "2", "ОГЭ по математике",
                "DECLINED", "нет времени до декабря", "curator2", "methodist", Instant.parse("2026-10-01T07:00:00Z"),
                Instant.parse("2026-10-02T07:00:00Z"));

        RequestRow row = RequestRow.of(request, Map.of(BankMother.IVANOVA, "Иванова Мария Петровна"),
                BankMother.schools(), true);

        assertThat(row.mentorName()).isEqualTo("Иванова Мария Петровна");
        assertThat(row.school()).isEqualTo("Гимназия № 2");
        assertThat(row.status()).isEqualTo("отклонён");
        assertThat(row.reason()).isEqualTo("нет времени до декабря");
        assertThat(row.createdAt()).isEqualTo("01.10.2026 10:00");
        assertThat(row.decidable()).isFalse();
        assertThat(row.isPending()).isFalse();
    }

    @Test
    void onlyDecidersSeePendingRequestsAsDecidableAndUnknownMentorsStayRecognisable() {
        var pending = new MentorRequests.Request(UUID.randomUUID(), BankMother.PETROV, "7", "проект", "PENDING", null,
                "curator7", null, null, null);

        assertThat(RequestRow.of(pending, Map.of(), BankMother.schools(), true).decidable()).isTrue();
        assertThat(RequestRow.of(pending, Map.of(), BankMother.schools(), false).decidable()).isFalse();
        assertThat(RequestRow.of(pending, Map.of(), BankMother.schools(), false).isPending()).isTrue();
        assertThat(RequestRow.of(pending, Map.of(), BankMother.schools(), false).mentorName())
                .isEqualTo("наставник 9a8b7c6d");
        assertThat(RequestRow.of(pending, Map.of(), BankMother.schools(), false).school()).isEqualTo("школа № 7");
    }
}
