package ru.mentoring.practices;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeConsentEvents;
import ru.mentoring.model.practice.PracticeConsentStatus;
import ru.mentoring.model.practice.PracticeConsentV1;
import ru.mentoring.model.practice.PracticeLevel;
import ru.mentoring.model.practice.PracticeProposalEvents;
import ru.mentoring.model.practice.PracticeProposalSource;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.model.practice.PracticeProposalV1.ConsentedParticipant;
import ru.mentoring.model.practice.PracticeProposalV1.ProposedAuthor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drafts from the school and events services' proposals (through the real broker), publication only
 * under the school's recorded consents, and the take-down when a consent is withdrawn.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalIT {

    @Inject @Client("/") HttpClient http;
    private final Events events = new Events();

    @AfterAll
    void close() {
        events.close();
    }

    @Test
    void aCompletedPairBecomesADraftThenAPublicationOnlyUnderConsent() {
        var api = new LibraryApi(http);
        String marker = LibraryApi.marker();
        String petr = "consent-" + UUID.randomUUID();
        String anna = "consent-" + UUID.randomUUID();
        consent(petr, PracticeConsentStatus.ON_RECORD);
        var proposal = proposal("1", PracticeProposalSource.COMPLETED_PAIR, "Пара опытный — молодой " + marker,
                List.of(new ConsentedParticipant(petr, "Пётр А.", "молодой специалист"),
                        new ConsentedParticipant(anna, "Анна К.", null)));
        propose(PracticeProposalEvents.FROM_COMPLETED_PAIR, proposal);
        String id = awaitDraft("mentor1", marker);
        String path = "/api/practices/" + id;

        Map<String, Object> draft = api.get("mentor1", path);
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        assertThat(draft.get("origin")).isEqualTo("COMPLETED_PAIR");
        assertThat(draft.get("note")).isEqualTo("Пара завершена с результатом «цели достигнуты»");
        assertThat(draft.get("participants").toString()).contains("Пётр А.").contains("подтверждено")
                .contains("Анна К.").contains("ожидается подтверждение школы");
        assertThat(api.refusal(() -> api.get("curator2", path)).status()).isEqualTo(404);
        assertThat(api.refusal(() -> api.get("methodist", path)).status()).isEqualTo(404);
        assertThat(api.get("curator1", path).get("status")).as("the school's curator").isEqualTo("DRAFT");

        propose(PracticeProposalEvents.FROM_COMPLETED_PAIR, proposal);
        consent("ignored-" + UUID.randomUUID(), PracticeConsentStatus.ON_RECORD);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(draftsWith("mentor1", marker)).hasSize(1));

        Map<String, Object> finished = LibraryApi.practice("Пара опытный — молодой", marker);
        finished.put("draft", false);
        assertThat(api.put("mentor1", path, finished).get("status")).isEqualTo("SUBMITTED");
        api.post("methodist", path + "/review/experts", Map.of("experts", List.of("expert1", "expert2")));
        for (String expert : List.of("expert1", "expert2")) {
            api.put(expert, path + "/review/sheet", Map.of("scores", Map.of("RELEVANCE", 4, "NOVELTY", 4,
                    "EFFECTIVENESS", 4, "REPLICABILITY", 4, "TARGET_MODEL", 4, "QUALITY", 4), "comment", "Годится", "submit", true));
        }
        var refused = api.refusal(() -> api.post("methodist", path + "/review/publish", Map.of()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).contains("согласие").contains("Анна К.").doesNotContain("Пётр А.");

        consent(anna, PracticeConsentStatus.ON_RECORD);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            api.post("methodist", path + "/review/publish", Map.of());
            return true;
        });
        assertThat(api.get("curator2", path).get("status")).isEqualTo("PUBLISHED");
        assertThat(api.ids(api.search("curator3", Map.of("q", "Пётр " + marker)))).containsExactly(id);

        consent(petr, PracticeConsentStatus.WITHDRAWN);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.refusal(() -> api.get("curator2", path)).status()).isEqualTo(404));
        assertThat(api.ids(api.search("curator3", Map.of("q", marker)))).isEmpty();
        Map<String, Object> down = api.get("mentor1", path);
        assertThat(down.get("status")).isEqualTo("WITHDRAWN");
        assertThat((String) down.get("withdrawnReason")).contains("отозвано согласие");
        assertThat(api.get("mentor1", "/api/practices/notifications").toString()).contains("снята с публикации");
    }

    @Test
    void aCompetitionWinnerOpensADraftForItsSchool() {
        var api = new LibraryApi(http);
        String marker = LibraryApi.marker();
        propose(PracticeProposalEvents.FROM_COMPETITION_WINNER, proposal("3", PracticeProposalSource.COMPETITION_WINNER,
                "Клуб молодого учителя " + marker, null));
        String id = awaitDraft("curator3", marker);
        Map<String, Object> draft = api.get("curator3", "/api/practices/" + id);
        assertThat(draft.get("origin")).isEqualTo("COMPETITION_WINNER");
        assertThat(draft.get("schoolId")).isEqualTo("3");
        assertThat(api.refusal(() -> api.get("curator1", "/api/practices/" + id)).status()).isEqualTo(404);
    }

    private PracticeProposalV1 proposal(String school, PracticeProposalSource source, String title,
                                        List<ConsentedParticipant> participants) {
        return new PracticeProposalV1(UUID.randomUUID(), source, "ref-" + UUID.randomUUID(), school, title,
                "Молодой учитель не справлялся с дисциплиной", "Год работы в паре по индивидуальному плану", null,
                "Открытый урок проведён успешно", "учитель – учитель", null, "молодые педагоги",
                List.of("организация современного урока"), 2026, PracticeLevel.SCHOOL,
                List.of(new ProposedAuthor("Иванов Сергей", null, "MENTOR1@mentoring.local", "учитель математики"),
                        new ProposedAuthor("Смирнова Ирина", null, "curator" + school + "@mentoring.local", null)),
                participants, "Пара завершена с результатом «цели достигнуты»");
    }

    private void propose(ru.mentoring.model.event.EventType type, PracticeProposalV1 p) {
        events.send(type, p.proposalId().toString(), new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(),
                p.schoolId(), Instant.now(), p));
    }

    private void consent(String ref, PracticeConsentStatus status) {
        var type = PracticeConsentEvents.CHANGED;
        events.send(type, ref, new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), "1", Instant.now(),
                new PracticeConsentV1(ref, "1", status, Instant.now())));
    }

    private String awaitDraft(String user, String marker) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !draftsWith(user, marker).isEmpty());
        return (String) draftsWith(user, marker).getFirst().get("id");
    }

    private List<Map<?, ?>> draftsWith(String user, String marker) {
        return ((List<?>) new LibraryApi(http).get(user, "/api/practices/mine").get("items")).stream()
                .<Map<?, ?>>map(i -> (Map<?, ?>) i)
                .filter(i -> String.valueOf(i.get("title")).contains(marker))
                .toList();
    }
}
