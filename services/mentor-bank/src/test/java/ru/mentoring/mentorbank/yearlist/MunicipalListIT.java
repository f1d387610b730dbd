package ru.mentoring.mentorbank.yearlist;

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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

@MicronautTest(transactional = false)
class MunicipalListIT {

    @Inject @Client("/") HttpClient http;

    @BeforeEach
    void schools() {
        BankFixtures.schoolsExist(http);
    }

    @Test
    void municipalMentorIsListedForTheYearOnly() {
        String mentor = BankFixtures.mentor(http, Map.of("visibility", "MUNICIPAL", "strengths", List.of("профориентация")));

        http.toBlocking().exchange(HttpRequest.POST("/api/municipal-mentors", Map.of("year", "2030/2031", "mentorId", mentor))
                .header("Authorization", bearer("methodist")));

        assertThat(mentorsOf("2030/2031")).contains(mentor);
        assertThat(mentorsOf("2031/2032")).doesNotContain(mentor);
        http.toBlocking().exchange(HttpRequest.DELETE("/api/municipal-mentors/2030-2031/" + mentor)
                .header("Authorization", bearer("methodist")));
        assertThat(mentorsOf("2030/2031")).doesNotContain(mentor);
    }

    @Test
    void schoolOnlyMentorCannotBeAMunicipalMentor() {
        String mentor = BankFixtures.mentor(http, Map.of("homeSchoolId", "3", "visibility", "SCHOOL"));

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/municipal-mentors", Map.of("year", "2030/2031", "mentorId", mentor))
                        .header("Authorization", bearer("methodist")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(mentorsOf("2030/2031")).doesNotContain(mentor);
    }

    @Test
    void malformedYearIsExplained() {
        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/municipal-mentors?year=2030").header("Authorization", bearer("methodist")),
                Argument.of(Map.class), Argument.of(Map.class)));
        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail")))
                .contains("2026/2027");
    }

    private List<String> mentorsOf(String year) {
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET("/api/municipal-mentors?year=" + year)
                .header("Authorization", bearer("methodist")), Map.class);
        return ((List<?>) list.get("items")).stream().map(m -> (String) ((Map<?, ?>) m).get("mentorId")).toList();
    }
}
