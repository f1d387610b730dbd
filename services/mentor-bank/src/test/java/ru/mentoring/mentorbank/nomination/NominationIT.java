package ru.mentoring.mentorbank.nomination;

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
import ru.mentoring.support.testing.Tokens;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/** Nomination to approval, with the mentor's login created in the real Keycloak. */
@MicronautTest(transactional = false)
class NominationIT {

    @Inject @Client("/") HttpClient http;

    @BeforeEach
    void schools() {
        BankFixtures.schoolsExist(http);
    }

    @Test
    void approvedNomineeBecomesMunicipalAndCanSignIn() throws Exception {
        String email = "nominee-" + UUID.randomUUID() + "@school1.example.ru";
        Map<?, ?> nomination = nominate("curator1", Map.of("target", "MUNICIPAL", "motivation", "Лучший наставник года",
                "profile", Map.of("fullName", "Гусева Ольга Петровна", "kind", "TEACHER", "capacity", 2, "email", email,
                        "strengths", List.of("формирующее оценивание"))));
        String mentorId = (String) nomination.get("mentorId");
        assertThat(nomination.get("status")).isEqualTo("PENDING");
        assertThat(mentor(mentorId).get("visibility")).isEqualTo("SCHOOL");
        assertThat(mentor(mentorId).get("homeSchoolId")).isEqualTo("1");

        Map<?, ?> approved = http.toBlocking().retrieve(HttpRequest.POST("/api/nominations/" + nomination.get("id") + "/approve", "")
                .header("Authorization", bearer("methodist")), Map.class);

        assertThat(approved.get("status")).isEqualTo("APPROVED");
        assertThat(approved.get("accountUsername")).isEqualTo(email);
        assertThat(mentor(mentorId).get("visibility")).isEqualTo("MUNICIPAL");
        String password = (String) approved.get("temporaryPassword");
        assertThat(password).hasSize(12);
        assertThat(signIn(email, password)).as("the temporary password is right; Keycloak wants a new one first")
                .contains("Account is not fully set up");
        assertThat(signIn(email, password + "x")).contains("Invalid user credentials");
    }

    @Test
    void curatorCannotNominateAMentorOfAnotherSchool() {
        String foreign = BankFixtures.mentor(http, Map.of("homeSchoolId", "2", "visibility", "SCHOOL"));

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/nominations", Map.of("mentorId", foreign, "target", "MUNICIPAL"))
                        .header("Authorization", bearer("curator1")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail")))
                .contains("Школа может выдвигать только своих наставников");
        assertThat(list("curator1").stream().map(n -> String.valueOf(n.get("mentorId")))).doesNotContain(foreign);
    }

    @Test
    void rejectionNeedsAReasonAndLeavesTheMentorSchoolOnly() {
        String own = BankFixtures.mentor(http, Map.of("homeSchoolId", "2", "visibility", "SCHOOL"));
        Map<?, ?> nomination = nominate("curator2", Map.of("mentorId", own, "target", "MUNICIPAL"));
        String id = (String) nomination.get("id");

        var blank = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/nominations/" + id + "/reject", Map.of("reason", ""))
                        .header("Authorization", bearer("methodist"))));
        assertThat(blank.getStatus().getCode()).isEqualTo(400);

        Map<?, ?> rejected = http.toBlocking().retrieve(HttpRequest.POST("/api/nominations/" + id + "/reject",
                Map.of("reason", "Не пройдено обучение наставников")).header("Authorization", bearer("methodist")), Map.class);
        assertThat(rejected.get("status")).isEqualTo("REJECTED");
        assertThat(rejected.get("reason")).isEqualTo("Не пройдено обучение наставников");
        assertThat(mentor(own).get("visibility")).isEqualTo("SCHOOL");
        assertThat(list("curator1").stream().map(n -> String.valueOf(n.get("id")))).doesNotContain(id);
    }

    private Map<?, ?> nominate(String curator, Map<String, Object> body) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/nominations", body)
                .header("Authorization", bearer(curator)), Map.class);
    }

    private Map<?, ?> mentor(String id) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/mentors/" + id).header("Authorization", bearer("methodist")), Map.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<?, ?>> list(String user) {
        Map<?, ?> page = http.toBlocking().retrieve(HttpRequest.GET("/api/nominations").header("Authorization", bearer(user)), Map.class);
        return (List<Map<?, ?>>) page.get("items");
    }

    /** Keycloak checks the password before it asks for the required actions (a new password). */
    private static String signIn(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=mentoring-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(URI.create(Tokens.keycloakUrl()
                        + "/realms/mentoring/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
