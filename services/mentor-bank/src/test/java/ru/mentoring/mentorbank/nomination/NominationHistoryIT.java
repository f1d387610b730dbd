package ru.mentoring.mentorbank.nomination;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankApi;
import ru.mentoring.mentorbank.BankFixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.mentorbank.BankApi.items;

/** A decided nomination stays in the methodist's history, named by people and school, filtered as asked. */
@MicronautTest(transactional = false)
class NominationHistoryIT {

    @Inject @Client("/") HttpClient http;
    BankApi api;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        api = new BankApi(http);
        BankFixtures.schoolsExist(http);
    }

    @Test
    void rejectedAndPendingNominationsAreFoundByStatusSchoolAndMentorWithNamesNotLogins() {
        String first = BankFixtures.mentor(http, Map.of("fullName", "Выдвиженова Вера " + tag, "homeSchoolId", "1",
                "visibility", "SCHOOL"));
        String second = BankFixtures.mentor(http, Map.of("fullName", "Кандидатова Клара " + tag, "homeSchoolId", "2",
                "visibility", "SCHOOL"));
        String rejected = (String) api.post("curator1", "/api/nominations",
                Map.of("mentorId", first, "target", "MUNICIPAL", "motivation", "ведёт ШМП")).get("id");
        String pending = (String) api.post("curator2", "/api/nominations",
                Map.of("mentorId", second, "target", "MUNICIPAL")).get("id");

        Map<String, Object> decided = api.post("methodist", "/api/nominations/" + rejected + "/reject",
                Map.of("reason", "нет опыта наставничества"));

        assertThat(decided.get("nominatedByName")).isEqualTo("Смирнова Ирина");
        assertThat(decided.get("decidedByName")).isEqualTo("Петрова Анна");
        assertThat(decided.get("schoolName")).isEqualTo("Школа №\u00a01");
        assertThat(ids(api.get("methodist", "/api/nominations?decided=true&mentor=" + tag))).containsExactly(rejected);
        assertThat(ids(api.get("methodist", "/api/nominations?status=PENDING&mentor=" + tag))).containsExactly(pending);
        assertThat(ids(api.get("methodist", "/api/nominations?school=2&mentor=" + tag))).containsExactly(pending);
        assertThat(ids(api.get("methodist", "/api/nominations?target=NETWORK&mentor=" + tag))).isEmpty();
        assertThat(ids(api.get("curator1", "/api/nominations?mentor=" + tag))).containsExactly(rejected);
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(i -> i.get("id")).toList();
    }
}
