package ru.mentoring.school.mypairs;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.school.Api;
import ru.mentoring.school.SchoolFixtures;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.school.Api.list;

/**
 * The mentor's own pairs in every school and the mentee's own page. A mentor of another school works with a
 * pupil of school 1 knowing only the minimal card — first name, class, the school's curator as the contact —
 * never the surname, contacts, guardian, birth date, restricted categories or the request.
 */
@MicronautTest(transactional = false)
class MyPairsIT {

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject Today today;
    @Inject DSLContext sql;
    @Inject Transactions tx;

    private Api api() {
        return new Api(http);
    }

    @Test
    void aMentorOfSchoolTwoSeesAPupilOfSchoolOneOnlyAsTheMinimalCard() {
        LocalDate start = today.date().minusDays(10);
        String surname = "Лучин" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> fields = new HashMap<>(Map.of("fullName", surname + " Пётр Ильич", "kind", "PUPIL",
                "grade", "7Б", "birthDate", today.date().minusYears(13).toString(), "guardianName", "Лучина Ольга Петровна",
                "guardianContact", "+7 900 111-22-33", "contact", "petr@example.ru", "request", "подтянуть математику"));
        fields.put("difficultSituation", true);
        UUID pupil = SchoolFixtures.mentee(http, "curator1", fields);
        SchoolFixtures.processingConsent(http, "curator1", pupil, true, today.date());
        UUID mentor = DirectoryFixtures.mentor(context, "Петров Алексей Викторович", "2", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor2@school2.example.ru");
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start,
                start.plusMonths(6));
        api().put("curator1", "/api/school-profile", Map.of("fullName", "МАОУ СОШ № 1 г. Томска", "shortName", "СОШ № 1"));

        Map<String, Object> mine = api().get("mentor2", "/api/me/pairs");
        Map<String, Object> item = item(mine, pair);
        assertThat(item).containsEntry("ownSchool", false).containsEntry("schoolId", "1").containsEntry("side", "MENTOR")
                .containsEntry("schoolName", "СОШ № 1").containsEntry("status", "ACTIVE");
        assertThat(list(item, "mentees")).singleElement().satisfies(card -> assertThat(card)
                .containsEntry("name", "Пётр").containsEntry("grade", "7Б").containsEntry("id", null));
        assertThat((String) item.get("curatorContact")).startsWith("Куратор").endsWith(" — МАОУ СОШ № 1 г. Томска");

        api().post("mentor2", "/api/pairs/" + pair + "/meetings", Map.of("date", start.plusDays(1).toString(), "kind",
                "ACQUAINTANCE", "format", "ONLINE", "topic", "Знакомство"));
        api().put("mentor2", "/api/pairs/" + pair + "/plan", Map.of("goals", "Уверенная четвёрка", "tasks", List.of()));
        String whole = api().http().toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/me/pairs/" + pair)
                .header("Authorization", ru.mentoring.support.testing.Tokens.bearer("mentor2")));
        assertThat(whole).contains("Пётр", "7Б", "Уверенная четвёрка", "Знакомство")
                .doesNotContain(surname).doesNotContain("Лучина").doesNotContain("+7 900").doesNotContain("petr@example.ru")
                .doesNotContain("подтянуть математику").doesNotContain(today.date().minusYears(13).toString())
                .doesNotContain("difficultSituation").doesNotContain(pupil.toString());
        assertThat(api().refusedGet("mentor2", "/api/mentees/" + pupil).status()).isEqualTo(403);
    }

    @Test
    void aMentorOfTheSameSchoolSeesTheFullNameAndOnlyTheirOwnPairs() {
        LocalDate start = today.date();
        String name = "Коваль Мирон " + UUID.randomUUID();
        UUID pupil = PairFixtures.pupil(http, "curator1", name, "9Б", today.date());
        UUID own = DirectoryFixtures.mentor(context, "Иванова Мария Сергеевна", "1", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor1@mentoring.local");
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", own, List.of(pupil), "PUPIL_PUPIL", start,
                start.plusMonths(3));
        UUID otherPupil = PairFixtures.pupil(http, "curator1", "Чужая Пара " + UUID.randomUUID(), "9Б", today.date());
        UUID someoneElse = DirectoryFixtures.municipalMentor(context, "Другой Наставник", 3, null);
        UUID foreign = PairFixtures.activePair(http, context, "curator1", "1", someoneElse, List.of(otherPupil),
                "PUPIL_PUPIL", start, start.plusMonths(3));

        Map<String, Object> item = item(api().get("mentor1", "/api/me/pairs"), pair);
        assertThat(item).containsEntry("ownSchool", true);
        assertThat(list(item, "mentees")).singleElement().satisfies(card -> assertThat(card).containsEntry("name", name)
                .containsEntry("id", pupil.toString()));
        assertThat(String.valueOf(api().get("mentor1", "/api/me/pairs"))).doesNotContain(foreign.toString());
        assertThat(api().refusedGet("mentor1", "/api/me/pairs/" + foreign).status()).isEqualTo(404);
        assertThat(api().refusedGet("mentor1", "/api/pairs/" + foreign + "/plan").status()).isEqualTo(404);
        assertThat(api().refusedGet("curator1", "/api/me/pairs").status()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMenteeSeesTheirOwnPairWithMeetingsToConfirmAndTheGroupsOthersByFirstName() {
        LocalDate start = today.date().minusDays(5);
        String own = "Синицына Ева " + UUID.randomUUID();
        String otherSurname = "Галкин" + UUID.randomUUID().toString().substring(0, 6);
        UUID pupil = PairFixtures.pupil(http, "curator1", own, "8А", today.date());
        UUID classmate = PairFixtures.pupil(http, "curator1", otherSurname + " Олег", "8А", today.date());
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Наставник Группы", 3, null);
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil, classmate),
                "PUPIL_PUPIL", start, start.plusMonths(4));
        PairFixtures.linkMenteeLogin(sql, tx, pupil);
        api().post("curator1", "/api/pairs/" + pair + "/meetings", Map.of("date", start.plusDays(1).toString(), "kind",
                "ACQUAINTANCE", "format", "IN_PERSON", "topic", "Знакомство группы"));

        Map<String, Object> item = item(api().get(PairFixtures.MENTEE_LOGIN, "/api/me/pairs"), pair);
        assertThat(item).containsEntry("side", "MENTEE").containsEntry("meetingsToConfirm", 1).containsEntry("ownSchool", true);
        assertThat(list(item, "mentees")).extracting(m -> m.get("name")).containsExactlyInAnyOrder(own, "Олег");
        Map<String, Object> page = api().get(PairFixtures.MENTEE_LOGIN, "/api/me/pairs/" + pair);
        assertThat(page.get("plan")).isNotNull();
        assertThat(list((Map<String, Object>) page.get("meetings"), "items")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("canConfirm", true));
        assertThat(String.valueOf(page)).doesNotContain(otherSurname);
    }

    private static Map<String, Object> item(Map<String, Object> answer, UUID pair) {
        return list(answer, "items").stream().filter(i -> pair.toString().equals(i.get("pairId"))).findFirst()
                .orElseThrow(() -> new AssertionError("pair " + pair + " is not among " + answer));
    }
}
