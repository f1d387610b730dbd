package ru.mentoring.school;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.oversight.OversightFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.testing.SchoolIsolation;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.testing.SchoolIsolation.assertVisibleOnlyTo;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * One test per school-scoped table: a row written as school 1 (through the API, as a curator of
 * school 1 would) is invisible to school 2 and to a connection bound to no school, through plain
 * jOOQ that does not filter by school at all. {@link RowLevelSecurityIT} fails when a school-scoped
 * table is missing from {@link #COVERED}.
 */
@MicronautTest(transactional = false)
class SchoolIsolationIT {

    static final Set<String> COVERED = Set.of("mentee", "request_category", "programme", "roadmap_item", "consent",
            "pair", "pair_member", "curator_notice", "school_profile", "matching_weights", "matching_exclusion",
            "mentee_account", "plan", "plan_task", "meeting", "meeting_file", "pair_concern", "oversight_alert",
            "curator_address", "pair_assessment", "pair_completion", "pair_termination", "termination_reason",
            "practice_proposal");

    @Inject @Client("/") HttpClient http;
    @Inject DSLContext sql;
    @Inject Transactions tx;
    @Inject ApplicationContext context;
    @Inject Today today;

    @Test
    void menteeAndTheRequestMap() {
        UUID mentee = SchoolFixtures.mentee(http, "curator1", Map.of("fullName", "Изоляция " + UUID.randomUUID(),
                "kind", "PUPIL", "grade", "7Б"));
        assertVisibleOnlyTo("1", "2", sql, tx, "mentee", mentee);
        Map<?, ?> category = post("/api/request-categories", Map.of("title", "Изоляция " + UUID.randomUUID()));
        assertVisibleOnlyTo("1", "2", sql, tx, "request_category", Map.of("school_id", "1", "code", category.get("code")));
    }

    @Test
    void programmeAndRoadmap() {
        int start = Integer.parseInt(today.schoolYear().substring(0, 4)) + 100 + (int) (System.nanoTime() % 500);
        Map<?, ?> programme = post("/api/programmes", Map.of("schoolYear", start + "/" + (start + 1)));
        UUID id = UUID.fromString((String) programme.get("id"));
        assertVisibleOnlyTo("1", "2", sql, tx, "programme", id);
        assertVisibleOnlyTo("1", "2", sql, tx, "roadmap_item", Map.of("programme_id", id, "position", 0));
    }

    @Test
    void consentPairAndNotices() {
        UUID pupil = SchoolFixtures.pupil(http, "curator1", "Изоляция Пары " + UUID.randomUUID(), "8А",
                today.date().minusYears(14));
        UUID consent = SchoolFixtures.processingConsent(http, "curator1", pupil, true, today.date());
        assertVisibleOnlyTo("1", "2", sql, tx, "consent", consent);

        UUID mentor = DirectoryFixtures.municipalMentor(context, "Наставник Изоляции", 2, null);
        Map<?, ?> pair = post("/api/pairs", Map.of("mentorId", mentor, "menteeIds", List.of(pupil), "form", "PUPIL_PUPIL",
                "startsOn", today.date().toString(), "endsOn", today.date().plusMonths(6).toString()));
        UUID pairId = UUID.fromString((String) pair.get("id"));
        assertVisibleOnlyTo("1", "2", sql, tx, "pair", pairId);
        assertVisibleOnlyTo("1", "2", sql, tx, "pair_member", Map.of("pair_id", pairId, "mentee_id", pupil));

        post("/api/consents/" + consent + "/withdraw", Map.of("reason", "изоляция"));
        assertVisibleOnlyTo("1", "2", sql, tx, "curator_notice", Map.of("pair_id", pairId));
    }

    @Test
    void schoolProfile() {
        http.toBlocking().exchange(HttpRequest.PUT("/api/school-profile", Map.of("fullName", "МАОУ СОШ № 1",
                "shortName", "СОШ № 1")).header("Authorization", bearer("curator1")));
        assertVisibleOnlyTo("1", "2", sql, tx, "school_profile", Map.of("school_id", "1"));
    }

    @Test
    void matchingSettings() {
        http.toBlocking().exchange(HttpRequest.PUT("/api/matching/weights", Map.of("strengths", 40, "form", 20,
                "subject", 15, "age", 10, "time", 5, "capacity", 5, "ownSchool", 5)).header("Authorization", bearer("curator1")));
        assertVisibleOnlyTo("1", "2", sql, tx, "matching_weights", Map.of("school_id", "1"));
        UUID mentee = SchoolFixtures.mentee(http, "curator1", Map.of("fullName", "Исключение " + UUID.randomUUID()));
        UUID mentor = UUID.randomUUID();
        http.toBlocking().exchange(HttpRequest.POST("/api/matching/rejections", Map.of("menteeId", mentee, "mentorId", mentor))
                .header("Authorization", bearer("curator1")));
        assertVisibleOnlyTo("1", "2", sql, tx, "matching_exclusion", Map.of("mentee_id", mentee, "mentor_id", mentor));
    }

    @Test
    void menteeLogin() {
        UUID teacher = SchoolFixtures.youngTeacher(http, "curator1", "Изоляция Входа " + UUID.randomUUID());
        String email = "isolation-" + UUID.randomUUID() + "@school1.example.ru";
        post("/api/mentees/" + teacher + "/login", Map.of("email", email));
        try {
            assertVisibleOnlyTo("1", "2", sql, tx, "mentee_account", Map.of("mentee_id", teacher));
        } finally {
            http.toBlocking().exchange(HttpRequest.DELETE("/api/mentees/" + teacher + "/login").header("Authorization", bearer("curator1")));
        }
    }

    @Test
    void pairWorkPlanMeetingsFilesAndAssessment() {
        LocalDate start = today.date().minusDays(40);
        UUID pupil = PairFixtures.pupil(http, "curator1", "Изоляция Работы " + UUID.randomUUID(), "6А", today.date());
        UUID mentor = DirectoryFixtures.mentor(context, "Иванова Мария Сергеевна", "1", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor1@mentoring.local");
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start,
                start.plusMonths(5));
        Map<?, ?> plan = put("/api/pairs/" + pair + "/plan", Map.of("tasks", List.of(Map.of("section", "LEARNING",
                "title", "Изоляция", "dueOn", start.plusDays(5).toString(), "done", false))));
        assertVisibleOnlyTo("1", "2", sql, tx, "plan", Map.of("pair_id", pair));
        UUID task = UUID.fromString((String) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) plan.get("sections")).get(1))
                .get("tasks")).getFirst()).get("id"));
        assertVisibleOnlyTo("1", "2", sql, tx, "plan_task", task);

        Map<?, ?> meeting = post("/api/pairs/" + pair + "/meetings", Map.of("date", start.plusDays(1).toString(), "kind",
                "ACQUAINTANCE", "format", "IN_PERSON", "topic", "Изоляция"));
        UUID meetingId = UUID.fromString((String) meeting.get("id"));
        assertVisibleOnlyTo("1", "2", sql, tx, "meeting", meetingId);
        Map<?, ?> file = http.toBlocking().retrieve(HttpRequest.POST("/api/pairs/" + pair + "/meetings/" + meetingId
                        + "/files", MultipartBody.builder().addPart("file", "итоги.txt", MediaType.TEXT_PLAIN_TYPE,
                        "Итоги встречи".getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Authorization", bearer("curator1")), Map.class);
        assertVisibleOnlyTo("1", "2", sql, tx, "meeting_file", UUID.fromString((String) file.get("id")));

        http.toBlocking().exchange(HttpRequest.POST("/api/pairs/" + pair + "/assessments", Map.of("score", 7))
                .header("Authorization", bearer("mentor1")));
        assertVisibleOnlyTo("1", "2", sql, tx, "pair_assessment", Map.of("pair_id", pair, "side", "MENTOR"));

        Map<?, ?> concern = post("/api/pairs/" + pair + "/concerns", Map.of("text", "Изоляция"));
        assertVisibleOnlyTo("1", "2", sql, tx, "pair_concern", UUID.fromString((String) concern.get("id")));

        OversightFixtures.lookForAlerts(context);
        assertVisibleOnlyTo("1", "2", sql, tx, "oversight_alert", Map.of("subject_id", pair));
        await().atMost(Duration.ofSeconds(20)).until(() -> SchoolIsolation.countAs(Tenant.school("1"), sql, tx,
                "curator_address", Map.of("school_id", "1", "email", "curator1@mentoring.local")) == 1);
        assertVisibleOnlyTo("1", "2", sql, tx, "curator_address", Map.of("school_id", "1", "email", "curator1@mentoring.local"));

        post("/api/pairs/" + pair + "/completion", Map.of("results", "Изоляция", "decision", "STOP"));
        assertVisibleOnlyTo("1", "2", sql, tx, "pair_completion", Map.of("pair_id", pair));
        Map<?, ?> proposal = http.toBlocking().retrieve(HttpRequest.POST("/api/pairs/" + pair + "/practice-proposal",
                Map.of("title", "Изоляция", "participants", List.of())).header("Authorization", bearer("curator1")), Map.class);
        assertVisibleOnlyTo("1", "2", sql, tx, "practice_proposal", UUID.fromString((String) proposal.get("proposalId")));
    }

    @Test
    void terminationAndItsReasons() {
        LocalDate start = today.date().minusDays(10);
        UUID pupil = PairFixtures.pupil(http, "curator1", "Изоляция Прекращения " + UUID.randomUUID(), "7А", today.date());
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Наставник Изоляции", 2, null);
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start,
                start.plusMonths(5));
        post("/api/pairs/" + pair + "/termination", Map.of("initiator", "MENTEE", "reason", "MENTEE_REFUSED"));
        assertVisibleOnlyTo("1", "2", sql, tx, "pair_termination", Map.of("pair_id", pair));
        assertVisibleOnlyTo("1", "2", sql, tx, "termination_reason", Map.of("school_id", "1", "code", "MENTEE_REFUSED"));
    }

    private Map<?, ?> put(String path, Object body) {
        return http.toBlocking().retrieve(HttpRequest.PUT(path, body).header("Authorization", bearer("curator1")), Map.class);
    }

    private Map<?, ?> post(String path, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).header("Authorization", bearer("curator1")), Map.class);
    }
}
