package ru.mentoring.mentorbank.me;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankFixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.support.testing.Tokens.bearer;

/** mentor1 of the realm is linked to the bank's profile with the same e-mail. */
@MicronautTest(transactional = false)
class MyMentorProfileIT {

    @Inject @Client("/") HttpClient http;

    @BeforeEach
    void mentor1HasAProfile() {
        BankFixtures.mentor1Active(http);
    }

    @Test
    void mentorKeepsTheirOwnPartOfTheProfile() {
        String interests = "шахматы, робототехника " + UUID.randomUUID();
        Map<?, ?> updated = http.toBlocking().retrieve(HttpRequest.PUT("/api/me/mentor-profile", Map.of(
                "strengths", List.of("олимпиадная подготовка"), "timeAvailable", "вторник и четверг после 15:00",
                "interests", interests)).header("Authorization", bearer("mentor1")), Map.class);

        assertThat(updated.get("interests")).isEqualTo(interests);
        assertThat(String.valueOf(updated.get("strengths"))).isEqualTo("[олимпиадная подготовка]");
        Map<?, ?> seenByMethodist = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors/" + updated.get("id"))
                .header("Authorization", bearer("methodist")), Map.class);
        assertThat(seenByMethodist.get("timeAvailable")).isEqualTo("вторник и четверг после 15:00");
    }

    @Test
    void mentorPausesAndComesBackByThemselves() {
        try {
            Map<?, ?> paused = http.toBlocking().retrieve(HttpRequest.POST("/api/me/mentor-profile/pause",
                    Map.of("reason", "курсы повышения квалификации")).header("Authorization", bearer("mentor1")), Map.class);
            assertThat(paused.get("status")).isEqualTo("PAUSED");
            assertThat(paused.get("statusReason")).isEqualTo("курсы повышения квалификации");
        } finally {
            Map<?, ?> back = http.toBlocking().retrieve(HttpRequest.POST("/api/me/mentor-profile/resume", Map.of())
                    .header("Authorization", bearer("mentor1")), Map.class);
            assertThat(back.get("status")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void curatorHasNoMentorProfileOfTheirOwn() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class, () ->
                http.toBlocking().exchange(HttpRequest.GET("/api/me/mentor-profile").header("Authorization", bearer("curator1"))));
        assertThat(error.getStatus().getCode()).isEqualTo(403);
    }
}
