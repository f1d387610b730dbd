package ru.mentoring.events.competition;

import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import ru.mentoring.events.testing.CompetitionMother;
import ru.mentoring.events.testing.EventsApi;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeProposalEvents;
import ru.mentoring.model.practice.PracticeProposalSource;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.support.kafka.Topics;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A competition through all its stages with two experts, as the methodist, curators and experts run it. */
@MicronautTest(transactional = false)
class CompetitionIT {

    @Inject @Client("/") HttpClient http;
    @Inject Clock clock;
    @Inject ObjectMapper json;
    @Inject Topics topics;

    @Test
    @SuppressWarnings("unchecked")
    void allStagesWithTwoExpertsToAwardsAndTheWinnersPracticeGoesToTheLibrary() {
        EventsApi api = new EventsApi(http, clock);
        String id = (String) api.post("/api/competitions", "methodist",
                CompetitionMother.competition(api, clock, "Лучшие практики наставничества")).get("id");
        String first = entry(api, id, "curator1", "Пара «учитель — молодой специалист»");
        String second = entry(api, id, "curator3", "Проектная команда наставников");
        String late = entry(api, id, "curator2", "Черновик без материалов");

        assertThat(stage(api, id)).isEqualTo("ACCEPTANCE");
        api.post("/api/competitions/" + id + "/advance", "methodist", Map.of());
        assertThat(api.refusal(() -> api.post("/api/competitions/" + id + "/entries", "curator1", Map.of("title", "Поздно",
                "nomination", "Лучшие практики наставничества", "summary", "…"))).detail()).contains("Приём материалов закончен");
        assertThat(api.refusal(() -> api.post("/api/competitions/" + id + "/advance", "methodist", Map.of())).detail())
                .contains("Не проверено работ: 3");
        api.post("/api/competitions/" + id + "/entries/" + first + "/check", "methodist", Map.of("admitted", true));
        api.post("/api/competitions/" + id + "/entries/" + second + "/check", "methodist", Map.of("admitted", true));
        api.post("/api/competitions/" + id + "/entries/" + late + "/check", "methodist",
                Map.of("admitted", false, "note", "Нет ссылки на материалы"));
        api.post("/api/competitions/" + id + "/advance", "methodist", Map.of());
        assertThat(stage(api, id)).isEqualTo("CORRESPONDENCE");

        api.post("/api/competitions/" + id + "/experts", "expert1", Map.of());
        api.post("/api/competitions/" + id + "/experts", "expert3", Map.of());
        String expert1 = subject(api, id, "Татьяна Морозова");
        String expert3 = subject(api, id, "Светлана Белова");
        var ownSchool = api.refusal(() -> api.post("/api/competitions/" + id + "/assignments", "methodist",
                Map.of("entryId", second, "expertSubject", expert3)));
        assertThat(ownSchool.status()).isEqualTo(422);
        assertThat(ownSchool.detail()).contains("Эксперт не оценивает работы своей школы");
        for (String entry : List.of(first, second)) {
            api.post("/api/competitions/" + id + "/assignments", "methodist", Map.of("entryId", entry, "expertSubject", expert1));
        }
        api.post("/api/competitions/" + id + "/assignments", "methodist", Map.of("entryId", first, "expertSubject", expert3));

        List<Map<String, Object>> tasks = api.items("/api/me/expert-tasks", "expert1");
        assertThat(tasks).filteredOn(t -> id.equals(t.get("competitionId"))).hasSize(2).allSatisfy(t -> assertThat(t.get("done")).isEqualTo(false));
        assertThat(api.refusal(() -> api.put("/api/competitions/" + id + "/entries/" + second + "/scores", "expert3",
                Map.of("scores", CompetitionMother.sheet(api, id, "CORRESPONDENCE", 5)))).status()).isEqualTo(403);
        var tooMany = api.refusal(() -> api.put("/api/competitions/" + id + "/entries/" + first + "/scores", "expert1",
                Map.of("scores", CompetitionMother.sheet(api, id, "CORRESPONDENCE", 11))));
        assertThat(tooMany.detail()).contains("не больше 10 баллов");
        assertThat(api.refusal(() -> api.post("/api/competitions/" + id + "/advance", "methodist", Map.of())).detail())
                .contains("Эксперты ещё не заполнили листов оценки: 3");

        api.put("/api/competitions/" + id + "/entries/" + first + "/scores", "expert1", Map.of("scores", CompetitionMother.sheet(api, id, "CORRESPONDENCE", 9)));
        api.put("/api/competitions/" + id + "/entries/" + first + "/scores", "expert3", Map.of("scores", CompetitionMother.sheet(api, id, "CORRESPONDENCE", 8)));
        api.put("/api/competitions/" + id + "/entries/" + second + "/scores", "expert1", Map.of("scores", CompetitionMother.sheet(api, id, "CORRESPONDENCE", 6)));
        assertThat(api.items("/api/me/expert-tasks", "expert1")).filteredOn(t -> id.equals(t.get("competitionId")))
                .allSatisfy(t -> assertThat(t.get("done")).isEqualTo(true));
        api.post("/api/competitions/" + id + "/advance", "methodist", Map.of("top", 2));
        assertThat(stage(api, id)).isEqualTo("IN_PERSON");

        api.put("/api/competitions/" + id + "/entries/" + first + "/scores", "expert1", Map.of("scores", CompetitionMother.sheet(api, id, "IN_PERSON", 10)));
        api.put("/api/competitions/" + id + "/entries/" + first + "/scores", "expert3", Map.of("scores", CompetitionMother.sheet(api, id, "IN_PERSON", 9)));
        api.put("/api/competitions/" + id + "/entries/" + second + "/scores", "expert1", Map.of("scores", CompetitionMother.sheet(api, id, "IN_PERSON", 7)));
        api.post("/api/competitions/" + id + "/advance", "methodist", Map.of());
        assertThat(api.refusal(() -> api.get("/api/competitions/" + id + "/results", "curator1")).status())
                .as("results are the methodist's until published").isEqualTo(403);

        Map<String, List<Map<String, Object>>> results = (Map<String, List<Map<String, Object>>>)
                api.post("/api/competitions/" + id + "/results", "methodist", Map.of()).get("nominations");
        List<Map<String, Object>> best = results.get("Лучшие практики наставничества");
        assertThat(best).extracting(r -> r.get("title")).containsExactly("Пара «учитель — молодой специалист»", "Проектная команда наставников");
        assertThat(best.get(0).get("place")).isEqualTo(1);
        assertThat(best.get(0).get("award")).isEqualTo("«Лучшие практики наставничества»: победитель");
        assertThat(best.get(0).get("correspondence")).isEqualTo(25.5);
        assertThat(best.get(0).get("inPerson")).isEqualTo(28.5);
        assertThat(best.get(1).get("place")).isEqualTo(2);
        assertThat(api.get("/api/competitions/" + id + "/results", "curator2").get("nominations")).isNotNull();
        assertThat(api.items("/api/me/notices", "curator1")).anySatisfy(n -> assertThat((String) n.get("text")).contains("победитель"));

        PracticeProposalV1 proposal = awaitProposal(first);
        assertThat(proposal.source()).isEqualTo(PracticeProposalSource.COMPETITION_WINNER);
        assertThat(proposal.schoolId()).isEqualTo("1");
        assertThat(proposal.title()).isEqualTo("Пара «учитель — молодой специалист»");
        assertThat(proposal.note()).contains("Рекомендована для участия в конкурсах");
        assertThat(proposal.authors()).extracting(PracticeProposalV1.ProposedAuthor::fullName).containsExactly("Иванова Мария Сергеевна");
    }

    private static String entry(EventsApi api, String id, String curator, String title) {
        return (String) api.post("/api/competitions/" + id + "/entries", curator, Map.of("title", title,
                "nomination", "Лучшие практики наставничества", "summary", "Описание практики: методы и результаты",
                "authorName", curator.equals("curator1") ? "Иванова Мария Сергеевна" : "Автор практики")).get("id");
    }

    private static String stage(EventsApi api, String id) {
        return (String) api.get("/api/competitions/" + id, "methodist").get("stage");
    }

    private static String subject(EventsApi api, String id, String name) {
        return (String) api.items("/api/competitions/" + id + "/experts", "methodist").stream()
                .filter(j -> name.equals(j.get("name"))).findFirst().orElseThrow().get("subject");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private PracticeProposalV1 awaitProposal(String entryId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ConsumerConfig.GROUP_ID_CONFIG, "events-competition-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<PracticeProposalV1> found = new ArrayList<>();
        Argument<EventEnvelope<PracticeProposalV1>> type = (Argument) Argument.of(EventEnvelope.class, PracticeProposalV1.class);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topics.name(PracticeProposalEvents.EVENTS_TOPIC)));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    var proposal = json.readValue(record.value(), type).payload();
                    if (entryId.equals(proposal.sourceRef())) {
                        found.add(proposal);
                    }
                }
                return !found.isEmpty();
            });
        }
        return found.getFirst();
    }
}
