package ru.mentoring.school.matching;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.school.SchoolFixtures;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.support.time.Today;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * Matching over the school's own data: mentees waiting with consent, the directory's mentors with free
 * seats, the curator's rejections. Each test invents its own words of strength so that mentors other
 * tests left in the directory cannot tie with the ones it means.
 */
@MicronautTest(transactional = false)
class MatchingIT {

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject Today today;

    @Test
    void theBestMentorsOfAMenteeAreExplainedAndOneTheCuratorRejectedIsNotProposedAgain() {
        String word = inventedWord();
        UUID expert = DirectoryFixtures.mentorWithStrengths(context, "Знаток " + word, 2, List.of(word));
        UUID pupil = pupilWanting("Хочу разобраться: " + word);

        List<Map<String, Object>> candidates = candidates(pupil, 3);
        assertThat(candidates).hasSize(3);
        Map<String, Object> best = candidates.getFirst();
        assertThat(best.get("mentorId")).isEqualTo(expert.toString());
        assertThat(best.get("mentorName")).isEqualTo("Знаток " + word);
        assertThat(((Number) best.get("score")).intValue())
                .isGreaterThan(((Number) candidates.get(1).get("score")).intValue());
        Map<?, ?> strengths = reason(best, "strengths");
        assertThat(((Number) strengths.get("points")).intValue()).isPositive();
        assertThat((String) strengths.get("text")).contains(word);

        http.toBlocking().exchange(HttpRequest.POST("/api/matching/rejections",
                Map.of("menteeId", pupil, "mentorId", expert)).header("Authorization", bearer("curator1")));

        assertThat(candidates(pupil, 10)).extracting(c -> c.get("mentorId")).doesNotContain(expert.toString());
    }

    @Test
    void aCohortGetsTheBestTotalUnderEachMentorsSeatsAndTheOthersAreToldWhy() {
        String first = inventedWord();
        String second = inventedWord();
        UUID both = DirectoryFixtures.mentorWithStrengths(context, "Широкий " + first, 1, List.of(first, second));
        UUID narrow = DirectoryFixtures.mentorWithStrengths(context, "Узкий " + second, 1, List.of(second));
        // each pupil likes the versatile mentor best, but only the second can also go to the narrow one:
        // the best total (not the first pupil served first) gives the versatile mentor to the first pupil
        UUID wantsFirst = pupilWanting("Нужна помощь: " + first);
        UUID wantsSecond = pupilWanting("Нужна помощь: " + second + ", " + first);
        String noConsentName = "Без Согласия " + UUID.randomUUID();
        UUID noConsent = SchoolFixtures.pupil(http, "curator1", noConsentName, "7А", today.date().minusYears(13));

        Map<?, ?> result = http.toBlocking().retrieve(HttpRequest.POST("/api/matching/proposals",
                Map.of("menteeIds", List.of(wantsFirst, wantsSecond, noConsent)))
                .header("Authorization", bearer("curator1")), Map.class);

        List<Map<?, ?>> items = list(result.get("items"));
        assertThat(mentorOf(items, wantsFirst)).isEqualTo(both.toString());
        assertThat(mentorOf(items, wantsSecond)).isEqualTo(narrow.toString());
        assertThat(items).allSatisfy(i -> assertThat(i.get("menteeName")).isNotNull());
        int total = items.stream().mapToInt(i -> ((Number) i.get("score")).intValue()).sum();
        assertThat(((Number) result.get("totalScore")).intValue()).isEqualTo(total);
        assertThat(list(result.get("unassigned"))).singleElement().satisfies(u -> {
            assertThat(u.get("menteeName")).isEqualTo(noConsentName);
            assertThat(u.get("why")).isEqualTo("Нет согласия на обработку персональных данных");
        });
    }

    @Test
    void aMentorsSeatHeldByAPairStillWaitingForTheBankIsNotProposedAgain() {
        String word = inventedWord();
        UUID mentor = DirectoryFixtures.mentorWithStrengths(context, "Единственное место " + word, 1, List.of(word));
        UUID paired = pupilWanting("Тема: " + word);
        UUID next = pupilWanting("Тоже тема: " + word);
        http.toBlocking().exchange(HttpRequest.POST("/api/pairs", Map.of("mentorId", mentor, "menteeIds", List.of(paired),
                "form", "PUPIL_PUPIL", "startsOn", today.date().toString(), "endsOn", today.date().plusMonths(6).toString(),
                "how", "ASSIGNMENT")).header("Authorization", bearer("curator1")));

        assertThat(candidates(next, 10)).extracting(c -> c.get("mentorId")).doesNotContain(mentor.toString());
        Map<?, ?> result = http.toBlocking().retrieve(HttpRequest.POST("/api/matching/proposals",
                Map.of("menteeIds", List.of(paired))).header("Authorization", bearer("curator1")), Map.class);
        assertThat(list(result.get("unassigned"))).singleElement()
                .satisfies(u -> assertThat(u.get("why")).isEqualTo("Уже в паре"));
    }

    @Test
    void anotherSchoolsMenteeIsNotFoundAndAMissingMenteeIsAskedFor() {
        UUID pupil = pupilWanting("Любая тема");

        var foreign = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.GET("/api/matching/candidates?menteeId=" + pupil).header("Authorization", bearer("curator2"))));
        assertThat(foreign.getStatus().getCode()).isEqualTo(404);
        var proposals = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.POST("/api/matching/proposals", Map.of("menteeIds", List.of(pupil)))
                        .header("Authorization", bearer("curator2"))));
        assertThat(proposals.getStatus().getCode()).isEqualTo(404);

        var missing = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.GET("/api/matching/candidates").header("Authorization", bearer("curator1"))));
        assertThat(missing.getStatus().getCode()).isEqualTo(400);
        assertThat(missing.getResponse().getBody(String.class).orElse("")).contains("Укажите наставляемого");
    }

    private UUID pupilWanting(String request) {
        UUID id = SchoolFixtures.mentee(http, "curator1", Map.of("fullName", "Ученик " + UUID.randomUUID(),
                "kind", "PUPIL", "grade", "7А", "birthDate", today.date().minusYears(13).toString(),
                "guardianName", "Родитель", "request", request));
        SchoolFixtures.processingConsent(http, "curator1", id, true, today.date());
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> candidates(UUID mentee, int n) {
        Map<?, ?> body = http.toBlocking().retrieve(HttpRequest.GET("/api/matching/candidates?menteeId=" + mentee + "&n=" + n)
                .header("Authorization", bearer("curator1")), Map.class);
        return (List<Map<String, Object>>) body.get("items");
    }

    private static Map<?, ?> reason(Map<String, Object> proposal, String factor) {
        return list(proposal.get("reasons")).stream().filter(r -> factor.equals(r.get("factor"))).findFirst().orElseThrow();
    }

    private static String mentorOf(List<Map<?, ?>> items, UUID mentee) {
        return items.stream().filter(i -> mentee.toString().equals(i.get("menteeId"))).map(i -> (String) i.get("mentorId"))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> list(Object value) {
        return (List<Map<?, ?>>) value;
    }

    /** A word of ten random Russian letters, which no other test and no other run has used. */
    private static String inventedWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        return word.toString();
    }
}
