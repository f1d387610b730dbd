package ru.mentoring.mentorbank.network;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankFixtures;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.MentorProfileV1;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

@MicronautTest(transactional = false)
class NetworkProjectIT {

    @Inject @Client("/") HttpClient http;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject ObjectMapper json;
    @Inject Clock clock;

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Dates are relative to the service's clock, so the test means the same thing in any year. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @BeforeEach
    void schools() {
        BankFixtures.schoolsExist(http);
    }

    @Test
    void poolMentorIsSharedWithEveryMemberSchoolAndTheIndicatorsCount() throws Exception {
        String project = startProject("1");
        sign(project, "2", "Д-" + UUID.randomUUID(), today().minusMonths(3), today().plusMonths(9));
        String mentor = BankFixtures.mentor(http, Map.of("homeSchoolId", "1", "visibility", "NETWORK",
                "strengths", List.of("проектная деятельность")));

        Map<?, ?> view = http.toBlocking().retrieve(HttpRequest.POST("/api/network-projects/" + project + "/pool",
                Map.of("mentorId", mentor)).header("Authorization", bearer("methodist")), Map.class);

        assertThat(indicators(view)).containsEntry("agreements", 1)
                .containsEntry("memberSchools", 2).containsEntry("poolMentors", 1);
        EventEnvelope<MentorProfileV1> last = lastEventOf(mentor);
        assertThat(last.type()).isEqualTo("mentor.updated");
        assertThat(last.payload().sharedWithSchoolIds()).containsExactlyInAnyOrder("1", "2");
        assertThat(last.payload().networkProjectIds()).containsExactly(project);
    }

    @Test
    void overlappingAgreementOfTheSameSchoolIsRefusedAndNothingIsSaved() {
        String project = startProject("1");
        LocalDate from = today().minusMonths(3);
        LocalDate to = today().plusMonths(9);
        sign(project, "2", "A-" + UUID.randomUUID(), from, to);

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/network-projects/" + project + "/agreements", Map.of("schoolId", "2",
                        "number", "B-" + UUID.randomUUID(), "signedOn", today().toString(),
                        "validFrom", today().plusMonths(6).toString(), "validTo", today().plusMonths(18).toString()))
                        .header("Authorization", bearer("methodist")),
                Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail")))
                .startsWith("Срок договора пересекается с договором № A-").contains("с " + RU_DATE.format(from) + " по " + RU_DATE.format(to));
        Map<?, ?> view = http.toBlocking().retrieve(HttpRequest.GET("/api/network-projects/" + project)
                .header("Authorization", bearer("methodist")), Map.class);
        assertThat(indicators(view)).containsEntry("agreements", 1);
    }

    @Test
    void mentorOfASchoolOutsideTheProjectCannotJoinItsPool() {
        String project = startProject("1");
        String outsider = BankFixtures.mentor(http, Map.of("homeSchoolId", "3", "visibility", "NETWORK"));

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/network-projects/" + project + "/pool", Map.of("mentorId", outsider))
                        .header("Authorization", bearer("methodist")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail")))
                .contains("школа не участвует в проекте");
    }

    @Test
    void curatorSeesOnlyTheProjectsOfTheirSchool() {
        String project = startProject("1");
        sign(project, "2", "C-" + UUID.randomUUID(), today().minusMonths(3), today().plusMonths(9));

        assertThat(projectIds("curator2")).contains(project);
        assertThat(projectIds("curator3")).doesNotContain(project);
        var hidden = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/network-projects/" + project).header("Authorization", bearer("curator3"))));
        assertThat(hidden.getStatus().getCode()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indicators(Map<?, ?> view) {
        return (Map<String, Object>) view.get("indicators");
    }

    private List<String> projectIds(String user) {
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET("/api/network-projects")
                .header("Authorization", bearer(user)), Map.class);
        return ((List<?>) list.get("items")).stream().map(p -> (String) ((Map<?, ?>) p).get("id")).toList();
    }

    private String startProject(String leadSchool) {
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/network-projects", Map.of(
                "name", "Сетевой проект " + UUID.randomUUID(), "leadSchoolId", leadSchool,
                "goals", "общая база наставников", "startsOn", today().minusMonths(3).toString(),
                "endsOn", today().plusYears(2).toString()))
                .header("Authorization", bearer("methodist")), Map.class);
        return (String) created.get("id");
    }

    private void sign(String project, String school, String number, LocalDate from, LocalDate to) {
        http.toBlocking().exchange(HttpRequest.POST("/api/network-projects/" + project + "/agreements", Map.of(
                "schoolId", school, "number", number, "signedOn", from.toString(), "validFrom", from.toString(),
                "validTo", to.toString()))
                .header("Authorization", bearer("methodist")));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private EventEnvelope<MentorProfileV1> lastEventOf(String mentorId) throws Exception {
        String payload = transactions.executeRead(status -> jdbc.prepareStatement(
                "select payload::text from outbox where aggregateid = ? order by seq desc limit 1", st -> {
                    st.setString(1, mentorId);
                    var rs = st.executeQuery();
                    rs.next();
                    return rs.getString(1);
                }));
        Argument<EventEnvelope<MentorProfileV1>> type = (Argument) Argument.of(EventEnvelope.class, MentorProfileV1.class);
        return json.readValue(payload, type);
    }
}
