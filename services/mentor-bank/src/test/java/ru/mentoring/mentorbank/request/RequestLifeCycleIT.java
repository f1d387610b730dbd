package ru.mentoring.mentorbank.request;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankApi;
import ru.mentoring.mentorbank.BankFixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.mentorbank.BankApi.items;

/**
 * Requests as a school lives them: withdrawn while waiting (the seat goes back), refused for a mentor
 * who pauses, never needed for the school's own mentor; every list names people, not logins; the
 * methodist's history of decided requests filters by status, school, mentor and days.
 */
@MicronautTest(transactional = false)
class RequestLifeCycleIT {

    @Inject @Client("/") HttpClient http;
    @Inject Clock clock;
    BankApi api;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        api = new BankApi(http);
        BankFixtures.schoolsExist(http);
    }

    @Test
    void aWithdrawnRequestGivesItsSeatBackAndCannotBeDecidedAnyMore() {
        String mentor = BankFixtures.mentor(http, Map.of("fullName", "Отзывова Ольга " + tag, "capacity", 1,
                "homeSchoolId", "2"));
        String request = (String) ask("curator1", mentor).get("id");
        assertThat(api.get("methodist", "/api/mentors/" + mentor).get("freeCapacity")).isEqualTo(0);

        Map<String, Object> withdrawn = api.post("curator1", "/api/mentor-requests/" + request + "/withdraw", Map.of());

        assertThat(withdrawn.get("status")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("decidedByName")).isEqualTo("Смирнова Ирина");
        assertThat(api.get("methodist", "/api/mentors/" + mentor).get("freeCapacity")).isEqualTo(1);
        assertThat(api.refused("methodist", "POST", "/api/mentor-requests/" + request + "/accept", Map.of()).status())
                .isEqualTo(409);
        assertThat(api.refused("curator1", "POST", "/api/mentor-requests/" + request + "/withdraw", Map.of()).detail())
                .contains("отозвать его нельзя");
        assertThat(api.refused("curator2", "POST", "/api/mentor-requests/" + request + "/withdraw", Map.of()).status())
                .as("another school's request is not there for it").isEqualTo(404);
    }

    @Test
    void theOwnSchoolsMentorIsNotRequestedAndTheReasonSaysWhy() {
        String mentor = BankFixtures.mentor(http, Map.of("fullName", "Своя Светлана " + tag, "homeSchoolId", "1"));

        BankApi.Refused refused = api.refused("curator1", "POST", "/api/mentor-requests",
                Map.of("mentorId", mentor, "need", "молодой учитель"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).contains("наставник вашей школы").contains("назначает в пару сама");
        assertThat(api.get("methodist", "/api/mentors/" + mentor).get("freeCapacity")).isEqualTo(2);
    }

    @Test
    void aPausedMentorTakesNoNewRequestsWhileTheAcceptedOneGoesOn() {
        String mentor = BankFixtures.mentor(http, Map.of("fullName", "Паузова Полина " + tag, "capacity", 3,
                "homeSchoolId", "2"));
        String accepted = (String) ask("curator1", mentor).get("id");
        api.post("methodist", "/api/mentor-requests/" + accepted + "/accept", Map.of());

        Map<String, Object> paused = api.post("methodist", "/api/mentors/" + mentor + "/pause",
                Map.of("reason", "декретный отпуск"));

        assertThat(paused.get("status")).isEqualTo("PAUSED");
        assertThat(paused.get("activeAssignments")).as("the running pair goes on").isEqualTo(1);
        BankApi.Refused refused = api.refused("curator3", "POST", "/api/mentor-requests",
                Map.of("mentorId", mentor, "need", "молодой учитель"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("не принимает новые запросы").contains("на паузе");
        assertThat(statusOf("curator1", accepted)).isEqualTo("ACCEPTED");

        api.post("methodist", "/api/mentors/" + mentor + "/resume", Map.of());
        assertThat(ask("curator3", mentor).get("status")).isEqualTo("PENDING");
    }

    @Test
    void aMentorWhoLeftAndCameBackIsRequestedAgain() {
        String mentor = BankFixtures.mentor(http, Map.of("fullName", "Ушедшая Ульяна " + tag, "homeSchoolId", "2"));

        assertThat(api.post("methodist", "/api/mentors/" + mentor + "/leave", Map.of("reason", "переезд")).get("status"))
                .isEqualTo("LEFT");
        assertThat(items(api.get("methodist", "/api/mentors?status=LEFT&q=" + tag))).extracting(m -> m.get("id"))
                .containsExactly(mentor);
        assertThat(api.refused("curator1", "POST", "/api/mentor-requests", Map.of("mentorId", mentor, "need", "x")).detail())
                .contains("вышел из банка");
        assertThat(api.refused("methodist", "POST", "/api/mentors/" + mentor + "/leave", Map.of()).status()).isEqualTo(409);

        api.post("methodist", "/api/mentors/" + mentor + "/resume", Map.of());
        assertThat(ask("curator1", mentor).get("status")).isEqualTo("PENDING");
    }

    @Test
    void listsNameThePeopleAndTheMethodistsHistoryFiltersDecidedRequests() {
        String first = BankFixtures.mentor(http, Map.of("fullName", "Историева Ирина " + tag, "homeSchoolId", "3"));
        String second = BankFixtures.mentor(http, Map.of("fullName", "Хроникова Христина " + tag, "homeSchoolId", "3"));
        String accepted = (String) ask("curator1", first).get("id");
        String declined = (String) ask("curator2", second).get("id");
        String pending = (String) ask("curator2", first).get("id");
        api.post("methodist", "/api/mentor-requests/" + accepted + "/accept", Map.of());
        api.post("methodist", "/api/mentor-requests/" + declined + "/decline", Map.of("reason", "нет мест в расписании"));

        Map<String, Object> mine = byId(items(api.get("curator1", "/api/mentor-requests")), accepted);
        assertThat(mine.get("mentorName")).isEqualTo("Историева Ирина " + tag);
        assertThat(mine.get("requestedByName")).isEqualTo("Смирнова Ирина");
        assertThat(mine.get("decidedByName")).isEqualTo("Петрова Анна");
        assertThat(mine.get("requestingSchoolName")).isEqualTo("Школа №\u00a01");

        String today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow"))).toString();
        List<Object> history = ids(api.get("methodist", "/api/mentor-requests?decided=true&mentor=" + tag
                + "&from=" + today + "&to=" + today));
        assertThat(history).containsExactlyInAnyOrder(accepted, declined).doesNotContain(pending);
        assertThat(ids(api.get("methodist", "/api/mentor-requests?decided=true&school=2&mentor=" + tag)))
                .containsExactly(declined);
        assertThat(ids(api.get("methodist", "/api/mentor-requests?status=ACCEPTED&mentor=" + tag)))
                .containsExactly(accepted);
        assertThat(ids(api.get("methodist", "/api/mentor-requests?decided=true&mentor=" + tag + "&to="
                + LocalDate.parse(today).minusDays(1)))).isEmpty();
        assertThat(ids(api.get("curator2", "/api/mentor-requests?school=1&mentor=" + tag)))
                .as("a curator sees their own school's requests whatever school they name")
                .containsExactlyInAnyOrder(declined, pending);
    }

    private Map<String, Object> ask(String curator, String mentor) {
        return api.post(curator, "/api/mentor-requests", Map.of("mentorId", mentor, "need", "Молодой учитель " + tag));
    }

    private String statusOf(String user, String request) {
        return (String) byId(items(api.get(user, "/api/mentor-requests")), request).get("status");
    }

    private static Map<String, Object> byId(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(i -> i.get("id")).toList();
    }
}
