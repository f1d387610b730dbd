package ru.mentoring.school.matching;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.school.SchoolFixtures;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/** A mentee with a login picks their mentor from their own explained shortlist; the pair waits for the mentor's answer. */
@MicronautTest(transactional = false)
class MenteeChoiceIT {

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject Today today;
    @Inject DSLContext sql;
    @Inject Transactions tx;

    @Test
    void theMenteePicksFromTheirShortlistAndThePairWaitsForTheMentor() {
        String strength = "шахматная композиция " + UUID.randomUUID().toString().substring(0, 6);
        // in the mentor's own words: matched like a catalogue competency
        UUID mentor = DirectoryFixtures.mentorWithOwnStrengths(context, "Шахов Олег Петрович", 2, List.of(strength));
        UUID pupil = SchoolFixtures.mentee(http, "curator1", Map.of("fullName", "Лебедева Ася Игоревна", "kind", "PUPIL",
                "grade", "8А", "birthDate", today.date().minusYears(14).toString(), "guardianName", "Лебедева Ирина",
                "request", strength));
        PairFixtures.linkMenteeLogin(sql, tx, pupil);

        Map<?, ?> withoutConsent = get(PairFixtures.MENTEE_LOGIN, "/api/me/choice");
        assertThat(withoutConsent.get("closed")).asString().contains("нужно согласие на обработку");
        assertThat((List<?>) withoutConsent.get("offers")).isEmpty();

        SchoolFixtures.processingConsent(http, "curator1", pupil, true, today.date());
        Map<?, ?> shortlist = get(PairFixtures.MENTEE_LOGIN, "/api/me/choice");

        assertThat(shortlist.get("closed")).isNull();
        assertThat(shortlist.get("fullName")).isEqualTo("Лебедева Ася Игоревна");
        List<Map<?, ?>> offers = (List<Map<?, ?>>) shortlist.get("offers");
        assertThat(offers).hasSizeBetween(1, MenteeChoice.SHORTLIST);
        Map<?, ?> first = (Map<?, ?>) offers.getFirst().get("candidate");
        assertThat(first.get("mentorId")).as("the strength asked for first").isEqualTo(mentor.toString());
        assertThat(String.valueOf(first.get("reasons"))).as("every score explained").contains(strength);
        assertThat(String.valueOf(offers.getFirst().get("forms"))).as("the mentor leads it and it suits a pupil")
                .contains("PUPIL_PUPIL").doesNotContain("TEACHER_TEACHER");

        var wrongForm = assertThrows(HttpClientResponseException.class,
                () -> post(PairFixtures.MENTEE_LOGIN, Map.of("mentorId", mentor.toString(), "form", "TEACHER_TEACHER")));
        assertThat(wrongForm.getStatus().getCode()).isEqualTo(422);
        assertThat(wrongForm.getResponse().getBody(String.class).orElse("")).contains("Выберите форму наставничества из предложенных");

        Map<?, ?> chosen = post(PairFixtures.MENTEE_LOGIN, Map.of("mentorId", mentor.toString(), "form", "PUPIL_PUPIL"));

        assertThat(chosen.get("mentorName")).isEqualTo("Шахов Олег Петрович");
        Map<?, ?> pair = get("curator1", "/api/pairs/" + chosen.get("pairId"));
        assertThat(pair.get("status")).as("waits for the mentor's answer").isEqualTo("AWAITING_MENTOR");
        assertThat(pair.get("formation")).isEqualTo("CHOICE");
        assertThat(get(PairFixtures.MENTEE_LOGIN, "/api/me/choice").get("closed")).asString()
                .contains("Шахов Олег Петрович", "ждёт ответа");
        var again = assertThrows(HttpClientResponseException.class,
                () -> post(PairFixtures.MENTEE_LOGIN, Map.of("mentorId", mentor.toString(), "form", "PUPIL_PUPIL")));
        assertThat(again.getStatus().getCode()).isEqualTo(422);
    }

    @Test
    void onlyAMenteeChoosesForThemself() {
        var curator = assertThrows(HttpClientResponseException.class, () -> get("curator1", "/api/me/choice"));
        assertThat(curator.getStatus().getCode()).isEqualTo(403);
        var mentor = assertThrows(HttpClientResponseException.class, () -> get("mentor1", "/api/me/choice"));
        assertThat(mentor.getStatus().getCode()).isEqualTo(403);
    }

    private Map<?, ?> get(String user, String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).header("Authorization", bearer(user)), Map.class);
    }

    private Map<?, ?> post(String user, Map<String, Object> body) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/me/choice", body).header("Authorization", bearer(user)), Map.class);
    }
}
