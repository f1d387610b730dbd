package ru.mentoring.school.mentee;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.tx.Transactions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/** Write as school 1, read as school 2, expect nothing: through the API, the repository and plain SQL. */
@MicronautTest(transactional = false)
class MenteeIsolationIT {

    @Inject @Client("/") HttpClient http;
    @Inject MenteeRepository repository;
    @Inject Transactions tx;

    @Test
    void curatorOfAnotherSchoolCannotTellTheMenteeExists() {
        String name = "Орлов Никита " + UUID.randomUUID();
        String id = createMentee("curator1", name);

        Map<?, ?> own = http.toBlocking().retrieve(get("/api/mentees/" + id, "curator1"), Map.class);
        assertThat(own.get("fullName")).isEqualTo(name);
        assertThat(own.get("schoolId")).isEqualTo("1");

        var foreign = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(get("/api/mentees/" + id, "curator2"), Argument.of(Map.class), Argument.of(String.class)));
        var missing = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(get("/api/mentees/" + UUID.randomUUID(), "curator2"), Argument.of(Map.class), Argument.of(String.class)));
        assertThat(foreign.getStatus().getCode()).isEqualTo(404);
        assertThat(foreign.getResponse().getBody(String.class)).isEqualTo(missing.getResponse().getBody(String.class));
        assertThat(foreign.getResponse().getBody(String.class).orElse("")).doesNotContain(name);

        assertThat(names("curator2")).doesNotContain(name);
        assertThat(names("curator1")).contains(name);
    }

    @Test
    void schoolComesFromTheTokenNotFromTheBody() {
        String name = "Белова Дарья " + UUID.randomUUID();
        var created = http.toBlocking().retrieve(HttpRequest.POST("/api/mentees", Map.of("fullName", name, "schoolId", "1"))
                .header("Authorization", bearer("curator2")), Map.class);
        assertThat(created.get("schoolId")).isEqualTo("2");
        assertThat(names("curator1")).doesNotContain(name);
    }

    @Test
    void invalidMenteeGetsRussianProblemAndNothingIsSaved() {
        int before = names("curator1").size();

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/mentees", Map.of("fullName", " ")).header("Authorization", bearer("curator1")),
                Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(error.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail")))
                .contains("Укажите ФИО наставляемого");
        assertThat(names("curator1")).hasSize(before);
    }

    @Test
    void methodistHasNoAccessToPupilsOfSchools() {
        var error = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(get("/api/mentees", "methodist")));
        assertThat(error.getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void rowLevelSecurityHidesOtherSchoolsEvenWhenTheRepositoryIsAskedForThem() {
        UUID id = UUID.fromString(createMentee("curator1", "Ким Алиса " + UUID.randomUUID()));

        assertThat(Tenancy.run(Tenant.school("2"), () -> tx.read(() -> repository.findByIdAndSchoolId(id, "1")))).isEmpty();
        assertThat(Tenancy.run(Tenant.school("1"), () -> tx.read(() -> repository.findByIdAndSchoolId(id, "1")))).isPresent();
        assertThat(Tenancy.run(Tenant.NONE, () -> tx.read(() -> repository.findBySchoolIdOrderByFullName("1"))))
                .as("a connection bound to no school sees no mentee").isEmpty();
    }

    private String createMentee(String curator, String name) {
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/mentees",
                Map.of("fullName", name, "kind", "PUPIL", "grade", "7Б")).header("Authorization", bearer(curator)), Map.class);
        return (String) created.get("id");
    }

    private List<String> names(String curator) {
        Map<?, ?> list = http.toBlocking().retrieve(get("/api/mentees", curator), Map.class);
        return ((List<?>) list.get("items")).stream().map(m -> (String) ((Map<?, ?>) m).get("fullName")).toList();
    }

    private static HttpRequest<?> get(String path, String user) {
        return HttpRequest.GET(path).header("Authorization", bearer(user));
    }
}
