package ru.mentoring.mentorbank.request;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankFixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

@MicronautTest(transactional = false)
class MentorRequestIT {

    @Inject @Client("/") HttpClient http;

    @BeforeEach
    void schools() {
        BankFixtures.schoolsExist(http);
    }

    @Test
    void twoSchoolsAskingForTheLastSeatAtOnceGetOneSeatBetweenThem() throws Exception {
        String mentor = BankFixtures.mentor(http, Map.of("capacity", 1));
        var start = new CountDownLatch(1);
        List<Callable<Integer>> asks = new ArrayList<>();
        for (String curator : List.of("curator1", "curator2", "curator3", "curator1", "curator2", "curator3")) {
            asks.add(() -> {
                start.await();
                return ask(curator, mentor);
            });
        }
        try (var pool = Executors.newFixedThreadPool(asks.size())) {
            List<Future<Integer>> answers = asks.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).containsOnlyOnce(201).containsOnly(201, 409);
        }
        Map<?, ?> seats = mentor(mentor);
        assertThat(seats.get("reservedSeats")).isEqualTo(1);
        assertThat(seats.get("freeCapacity")).isEqualTo(0);
    }

    @Test
    void acceptedRequestBecomesAnAssignmentAndDeclinedOneFreesTheSeat() {
        String mentor = BankFixtures.mentor(http, Map.of("capacity", 2));
        String first = request("curator1", mentor);
        String second = request("curator2", mentor);

        decide(first, "accept", Map.of());
        decide(second, "decline", Map.of("reason", "Нет времени в этом полугодии"));

        Map<?, ?> seats = mentor(mentor);
        assertThat(seats.get("activeAssignments")).isEqualTo(1);
        assertThat(seats.get("reservedSeats")).isEqualTo(0);
        assertThat(seats.get("freeCapacity")).isEqualTo(1);
        var again = assertThrows(HttpClientResponseException.class, () -> decide(first, "decline", Map.of("reason", "x")));
        assertThat(again.getStatus().getCode()).isEqualTo(409);
        assertThat(statuses("curator2")).containsEntry(second, "DECLINED");
        assertThat(statuses("curator1")).containsEntry(first, "ACCEPTED").doesNotContainKey(second);
    }

    @Test
    void contactsAreForTheHomeSchoolAndTheSchoolsWhereTheMentorIsAssigned() {
        String mentor = BankFixtures.mentor(http, Map.of("homeSchoolId", "1", "email", "contact-" + UUID.randomUUID() + "@example.ru",
                "phone", "+7 900 000-00-00"));
        assertThat(contactsStatus("curator1", mentor)).isEqualTo(200);
        assertThat(contactsStatus("curator2", mentor)).isEqualTo(404);

        decide(request("curator2", mentor), "accept", Map.of());

        assertThat(contactsStatus("curator2", mentor)).isEqualTo(200);
        assertThat(contactsStatus("curator3", mentor)).isEqualTo(404);
    }

    private int contactsStatus(String user, String mentor) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/api/mentors/" + mentor + "/contacts")
                    .header("Authorization", bearer(user)), Map.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void declineNeedsAReasonAndChangesNothingWithoutOne() {
        String mentor = BankFixtures.mentor(http, Map.of("capacity", 1));
        String request = request("curator1", mentor);

        var error = assertThrows(HttpClientResponseException.class, () -> decide(request, "decline", Map.of("reason", " ")));

        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(statuses("curator1")).containsEntry(request, "PENDING");
    }

    @Test
    void schoolOnlyMentorOfAnotherSchoolCannotBeRequested() {
        String mentor = BankFixtures.mentor(http, Map.of("homeSchoolId", "1", "visibility", "SCHOOL"));
        assertThat(ask("curator2", mentor)).isEqualTo(404);
        assertThat(ask("curator1", mentor)).as("a school assigns its own mentors itself (ADR 0016)").isEqualTo(422);
    }

    private int ask(String curator, String mentor) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST("/api/mentor-requests",
                    Map.of("mentorId", mentor, "need", "Подготовка молодого учителя к аттестации"))
                    .header("Authorization", bearer(curator))).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private String request(String curator, String mentor) {
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/mentor-requests",
                Map.of("mentorId", mentor, "need", "Наставник для молодого специалиста"))
                .header("Authorization", bearer(curator)), Map.class);
        return (String) created.get("id");
    }

    private void decide(String request, String decision, Map<String, Object> body) {
        http.toBlocking().exchange(HttpRequest.POST("/api/mentor-requests/" + request + "/" + decision, body)
                .header("Authorization", bearer("methodist")), Argument.of(Map.class), Argument.of(Map.class));
    }

    private Map<?, ?> mentor(String id) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/mentors/" + id).header("Authorization", bearer("methodist")), Map.class);
    }

    private Map<String, String> statuses(String user) {
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET("/api/mentor-requests")
                .header("Authorization", bearer(user)), Map.class);
        var result = new java.util.HashMap<String, String>();
        ((List<?>) list.get("items")).forEach(r -> result.put((String) ((Map<?, ?>) r).get("id"), (String) ((Map<?, ?>) r).get("status")));
        return result;
    }
}
