package ru.mentoring.school.oversight;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.school.Api;
import ru.mentoring.school.MailBox;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.testing.SchoolIsolation;
import ru.mentoring.support.time.AdjustableClock;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.school.Api.list;

/**
 * The curator's oversight: every pair with its flags, an overdue task and a silent pair once the clock has
 * moved on, the alerts given once in the portal and by mail, concerns on pairs with minors, a withdrawn
 * consent.
 */
@MicronautTest(transactional = false)
class OversightIT {

    private static final String CURATOR_MAIL = "curator1@mentoring.local";

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject AdjustableClock clock;
    @Inject Today today;
    @Inject DSLContext sql;
    @Inject Transactions tx;

    @AfterEach
    void clockBack() {
        clock.setOffset(Duration.ZERO);
    }

    private Api api() {
        return new Api(http);
    }

    @Test
    void anOverdueTaskAndASilentPairShowOnceTheClockMovesAndTheCuratorIsToldOnce() {
        LocalDate start = today.date();
        String surname = "Клюев" + UUID.randomUUID().toString().substring(0, 6);
        UUID pupil = PairFixtures.pupil(http, "curator1", surname + " Артём", "7В", start);
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Наставник Надзора", 3, null);
        UUID pupilPair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL",
                start, start.plusMonths(6));
        String task = "Решить вариант ОГЭ " + UUID.randomUUID();
        api().put("curator1", "/api/pairs/" + pupilPair + "/plan", Map.of("tasks", List.of(Map.of("section", "LEARNING",
                "title", task, "dueOn", start.plusDays(7).toString(), "done", false))));
        api().post("curator1", "/api/pairs/" + pupilPair + "/meetings", Map.of("date", start.toString(), "kind",
                "ACQUAINTANCE", "format", "IN_PERSON", "topic", "Знакомство"));
        String mentorName = "Тихая Наставница " + UUID.randomUUID();
        UUID teacherMentor = DirectoryFixtures.mentor(context, mentorName, "1", MentorVisibility.MUNICIPAL, 3, 0, null);
        UUID teacher = PairFixtures.teacher(http, "curator1", "Молчанова Ольга " + UUID.randomUUID(), start);
        UUID teacherPair = PairFixtures.activePair(http, context, "curator1", "1", teacherMentor, List.of(teacher),
                "TEACHER_TEACHER", start, start.plusMonths(6));

        Map<String, Object> now = api().get("curator1", "/api/oversight");
        int weeks = (Integer) now.get("silentAfterWeeks");
        assertThat(row(now, pupilPair)).containsEntry("overdueTasks", 0).containsEntry("silent", false)
                .containsEntry("planTotal", 1).containsEntry("meetingsHeld", 1).containsEntry("minorsPair", true);
        assertThat(row(now, teacherPair)).containsEntry("silent", false).containsEntry("teacherPair", true)
                .containsEntry("minorsPair", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> SchoolIsolation.countAs(Tenant.school("1"), sql, tx,
                "curator_address", Map.of("school_id", "1", "email", CURATOR_MAIL)) == 1);
        OversightFixtures.lookForAlerts(context);
        assertThat(notices(pupilPair, "TASK_OVERDUE")).as("nothing is overdue yet").isEmpty();

        clock.setOffset(Duration.ofDays(weeks * 7L + 7));
        Map<String, Object> later = api().get("curator1", "/api/oversight");
        assertThat(later.get("today")).isEqualTo(start.plusDays(weeks * 7L + 7).toString());
        assertThat(row(later, pupilPair)).containsEntry("overdueTasks", 1).containsEntry("silent", true)
                .containsEntry("lastMeetingOn", start.toString());
        assertThat(row(later, teacherPair)).containsEntry("silent", true).containsEntry("silentWeeks", weeks + 1)
                .containsEntry("lastMeetingOn", null);
        assertThat(api().get("curator1", "/api/pairs/" + pupilPair + "/plan").get("overdue")).isEqualTo(1);

        OversightFixtures.lookForAlerts(context);
        OversightFixtures.lookForAlerts(context);
        assertThat(notices(pupilPair, "TASK_OVERDUE")).singleElement().asString().contains(task)
                .doesNotContain(surname);
        assertThat(notices(teacherPair, "PAIR_SILENT")).singleElement().asString().contains(mentorName, "встреч ещё не было");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(MailBox.messages(CURATOR_MAIL)).filteredOn(m -> m.text().contains(task)).singleElement()
                    .satisfies(m -> {
                        assertThat(m.subject()).isEqualTo("Просрочена задача плана пары");
                        assertThat(m.text()).doesNotContain(surname);
                    });
            assertThat(MailBox.messages(CURATOR_MAIL)).filteredOn(m -> m.text().contains(mentorName)).singleElement()
                    .satisfies(m -> assertThat(m.subject()).isEqualTo("Пара давно не встречалась"));
        });
    }

    @Test
    void aConcernIsFlaggedOnPairsWithMinorsAndAWithdrawnConsentShows() {
        LocalDate start = today.date().minusDays(3);
        UUID pupil = PairFixtures.pupil(http, "curator1", "Рябова Катя " + UUID.randomUUID(), "5А", today.date());
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Наставник Опасений", 3, null);
        UUID pupilPair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL",
                start, start.plusMonths(6));
        UUID teacher = PairFixtures.teacher(http, "curator1", "Петрова Вера " + UUID.randomUUID(), today.date());
        UUID teacherPair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(teacher),
                "TEACHER_TEACHER", start, start.plusMonths(6));

        assertThat(api().refusedPost("curator1", "/api/pairs/" + teacherPair + "/concerns", Map.of("text", "Тревога"))
                .body()).contains("ученик или несовершеннолетний");
        assertThat(api().refusedPost("curator1", "/api/pairs/" + pupilPair + "/concerns", Map.of("text", " ")).status())
                .isEqualTo(400);
        assertThat(api().refusedPost("curator2", "/api/pairs/" + pupilPair + "/concerns", Map.of("text", "Чужая"))
                .status()).isEqualTo(404);
        api().post("curator1", "/api/pairs/" + pupilPair + "/concerns", Map.of("text", "Пропускает встречи"));
        assertThat(row(api().get("curator1", "/api/oversight"), pupilPair)).containsEntry("concern", "Пропускает встречи")
                .containsEntry("consentWithdrawn", false);
        assertThat(api().get("curator1", "/api/pairs/" + pupilPair)).containsEntry("concern", "Пропускает встречи");

        String consent = (String) list(api().get("curator1", "/api/mentees/" + pupil + "/consents"), "items").getFirst().get("id");
        api().post("curator1", "/api/consents/" + consent + "/withdraw", Map.of("reason", "родители против"));
        assertThat(row(api().get("curator1", "/api/oversight"), pupilPair)).containsEntry("consentWithdrawn", true);
        assertThat(api().refusedGet("mentor1", "/api/oversight").status()).isEqualTo(403);
    }

    private static Map<String, Object> row(Map<String, Object> board, UUID pair) {
        return list(board, "items").stream().filter(r -> pair.toString().equals(r.get("pairId"))).findFirst()
                .orElseThrow(() -> new AssertionError("pair " + pair + " is not on the board"));
    }

    private List<String> notices(UUID pair, String kind) {
        return list(api().get("curator1", "/api/notices"), "items").stream()
                .filter(n -> pair.toString().equals(n.get("pairId")) && kind.equals(n.get("kind")))
                .map(n -> (String) n.get("text")).toList();
    }
}
