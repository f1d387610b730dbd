package ru.mentoring.mentorbank.yearlist;

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

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.mentorbank.BankApi.items;

/**
 * The yearly re-confirmation: a municipal mentor of this school year says they carry on next year, and
 * the methodist puts everyone who said yes on next year's list. The years follow the clock.
 */
@MicronautTest(transactional = false)
class ReconfirmationIT {

    @Inject @Client("/") HttpClient http;
    @Inject Clock clock;
    BankApi api;

    @BeforeEach
    void setUp() {
        api = new BankApi(http);
        BankFixtures.mentor1Active(http);
    }

    @Test
    void aMentorWhoCarriesOnIsPutOnNextYearsListByTheMethodist() {
        String current = SchoolYears.of(LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow"))));
        String next = SchoolYears.next(current);
        String mentor = (String) api.get("mentor1", "/api/me/mentor-profile").get("id");
        api.post("methodist", "/api/municipal-mentors", Map.of("year", current, "mentorId", mentor));

        Map<String, Object> question = api.get("mentor1", "/api/me/mentor-profile/municipal-confirmation");
        assertThat(question).containsEntry("year", next).containsEntry("asked", true);

        Map<String, Object> answered = api.post("mentor1", "/api/me/mentor-profile/municipal-confirmation",
                Map.of("year", next, "carriesOn", true));
        assertThat(answered.get("carriesOn")).isEqualTo(true);

        Map<String, Object> round = api.get("methodist", "/api/municipal-mentors/reconfirmation");
        assertThat(round).containsEntry("year", next).containsEntry("previousYear", current);
        assertThat(item(round, mentor)).containsEntry("carriesOn", true);

        Map<String, Object> confirmed = api.post("methodist", "/api/municipal-mentors/reconfirmation", Map.of("year", next));

        assertThat(item(confirmed, mentor)).containsEntry("onList", true);
        assertThat(items(api.get("methodist", "/api/municipal-mentors?year=" + next))).extracting(m -> m.get("mentorId"))
                .contains(mentor);
        assertThat(api.get("mentor1", "/api/me/mentor-profile/municipal-confirmation")).containsEntry("confirmed", true);
    }

    @Test
    void onlyThisYearsMunicipalMentorsAreAskedAndOnlyAboutTheComingYear() {
        String current = SchoolYears.of(LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow"))));

        BankApi.Refused wrongYear = api.refused("mentor1", "POST", "/api/me/mentor-profile/municipal-confirmation",
                Map.of("year", current, "carriesOn", true));

        assertThat(wrongYear.status()).isEqualTo(422);
        assertThat(wrongYear.detail()).contains("не запрашивалось");
        assertThat(api.refused("curator1", "GET", "/api/municipal-mentors/reconfirmation", null).status()).isEqualTo(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> round, String mentor) {
        return ((List<Map<String, Object>>) round.get("items")).stream().filter(i -> mentor.equals(i.get("mentorId")))
                .findFirst().orElseThrow();
    }
}
