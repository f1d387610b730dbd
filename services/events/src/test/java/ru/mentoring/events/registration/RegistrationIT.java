package ru.mentoring.events.registration;

import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.events.testing.EventsApi;
import ru.mentoring.events.testing.MailBox;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.registration.RegistrationChangedV1;
import ru.mentoring.model.registration.RegistrationEvents;
import ru.mentoring.model.registration.RegistrationStatus;
import ru.mentoring.support.kafka.Topics;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Registration against the real PostgreSQL, Kafka, Keycloak and SMTP server, as users would apply. */
@MicronautTest(transactional = false)
class RegistrationIT {

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;
    @Inject Clock clock;
    @Inject Topics topics;
    EventsApi api;

    @BeforeEach
    void setUp() {
        api = new EventsApi(http, clock);
    }

    @Test
    void aPlaceFreedWithNobodyWaitingGoesToTheNextApplicantWithTheCheckInCodeInTheConfirmation() {
        // the event was full, so the next applicant's QR code is not drawn ahead; the confirmation still has it
        String id = api.createId("methodist", api.event("Стажировка наставников", 1));
        assertThat(api.apply(id, "mentor1").get("status")).isEqualTo("REGISTERED");
        assertThat(api.delete("/api/events/" + id + "/registrations/me", "mentor1")).isEqualTo(204);

        assertThat(api.apply(id, "curator2").get("status")).isEqualTo("REGISTERED");

        String title = (String) api.get("/api/events/" + id, "curator2").get("title");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(MailBox.messages("curator2@mentoring.local"))
                .anySatisfy(m -> {
                    assertThat(m.text()).contains(title).contains("Код для отметки");
                    assertThat(m.attachments()).singleElement().satisfies(f -> assertThat(f).endsWith(".png"));
                }));
    }

    @Test
    void fullEventWaitlistsAndACancellationPromotesTheFirstInLineWhoIsToldByMailAndInThePortal() {
        String id = api.createId("methodist", api.event("День наставника", 1));

        assertThat(api.apply(id, "mentor1").get("status")).isEqualTo("REGISTERED");
        assertThat(api.apply(id, "curator2").get("status")).isEqualTo("WAITLISTED");
        assertThat(api.apply(id, "curator3").get("status")).isEqualTo("WAITLISTED");
        assertThat(api.get("/api/events/" + id, "curator1").get("freePlaces")).isEqualTo(0);

        assertThat(api.delete("/api/events/" + id + "/registrations/me", "mentor1")).isEqualTo(204);

        assertThat(api.get("/api/events/" + id + "/registrations/me", "curator2").get("status")).isEqualTo("REGISTERED");
        assertThat(api.get("/api/events/" + id + "/registrations/me", "curator3").get("status")).isEqualTo("WAITLISTED");
        assertThat(api.refusal(() -> api.get("/api/events/" + id + "/registrations/me", "mentor1")).status()).isEqualTo(404);
        assertThat(api.get("/api/events/" + id, "curator1").get("taken")).isEqualTo(1);

        String title = (String) api.get("/api/events/" + id, "curator2").get("title");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(MailBox.messages("curator2@mentoring.local"))
                .anySatisfy(m -> {
                    assertThat(m.subject()).isEqualTo("Место освободилось — вы зарегистрированы");
                    assertThat(m.text()).contains(title).contains("Код для отметки");
                    assertThat(m.attachments()).singleElement().satisfies(f -> assertThat(f).endsWith(".png"));
                }));
        assertThat(api.items("/api/me/notices", "curator2")).anySatisfy(n -> {
            assertThat(n.get("kind")).isEqualTo("PROMOTED");
            assertThat((String) n.get("text")).contains(title);
        });

        List<EventEnvelope<RegistrationChangedV1>> published = awaitChanges(id, 5);
        assertThat(published).extracting(e -> e.payload().status()).containsExactly(
                RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED);
        assertThat(published.get(4).payload().registrationId()).isEqualTo(published.get(1).payload().registrationId());
        assertThat(published).allSatisfy(e -> assertThat(e.payload().eventId()).hasToString(id));
    }

    @Test
    void everyNewcomerToTheWaitingListIsToldTheirPlaceInLineAfterCancellationsAndPromotions() {
        String id = api.createId("methodist", api.event("Круглый стол", 1));
        String title = (String) api.get("/api/events/" + id, "methodist").get("title");
        api.apply(id, "mentor1");
        assertThat(api.apply(id, "curator2").get("status")).isEqualTo("WAITLISTED");
        assertThat(api.apply(id, "curator3").get("status")).isEqualTo("WAITLISTED");
        api.delete("/api/events/" + id + "/registrations/me", "curator2");
        assertThat(api.apply(id, "mentor2").get("status")).isEqualTo("WAITLISTED");
        api.delete("/api/events/" + id + "/registrations/me", "mentor1");
        assertThat(api.apply(id, "expert1").get("status")).isEqualTo("WAITLISTED");

        // a waiter who left and a waiter promoted no longer stand in line
        assertToldPlaceInLine("curator3@mentoring.local", title, 2);
        assertToldPlaceInLine("mentor2@school2.example.ru", title, 2);
        assertToldPlaceInLine("expert1@mentoring.local", title, 2);
        assertThat(api.get("/api/events/" + id + "/places", "methodist").get("waiting")).isEqualTo(2);
    }

    private static void assertToldPlaceInLine(String address, String title, int place) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(MailBox.messages(address))
                .filteredOn(m -> m.text().contains(title) && m.text().contains("листе ожидания"))
                .singleElement().satisfies(m -> assertThat(m.text()).contains("под номером " + place + ".")));
    }

    @Test
    void promotionSkipsAWaiterWhoseSchoolIsAtItsCapAndTakesTheNextOne() {
        String id = api.createId("methodist", api.event("Семинар с квотами", 2));
        api.apply(id, "curator1");
        api.apply(id, "curator2");
        assertThat(api.apply(id, "mentor1").get("status")).isEqualTo("WAITLISTED");
        assertThat(api.apply(id, "curator3").get("status")).isEqualTo("WAITLISTED");
        api.put("/api/events/" + id + "/places", "methodist", Map.of("schoolCap", 1));

        api.delete("/api/events/" + id + "/registrations/me", "curator2");

        assertThat(api.get("/api/events/" + id + "/registrations/me", "mentor1").get("status"))
                .as("school 1 already holds its one place").isEqualTo("WAITLISTED");
        assertThat(api.get("/api/events/" + id + "/registrations/me", "curator3").get("status")).isEqualTo("REGISTERED");

        api.delete("/api/events/" + id + "/registrations/me", "curator1");

        assertThat(api.get("/api/events/" + id + "/registrations/me", "mentor1").get("status")).isEqualTo("REGISTERED");
        Map<?, ?> places = api.get("/api/events/" + id + "/places", "methodist");
        assertThat(places.get("taken")).isEqualTo(2);
    }

    @Test
    void aSchoolAtItsCapIsRefusedInRussianAndNothingChanges() {
        var body = api.event("Интенсив для наставников", 10);
        body.put("schoolCap", 1);
        String id = api.createId("methodist", body);
        api.apply(id, "curator1");

        var refusal = api.refusal(() -> api.apply(id, "mentor1"));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.contentType()).isEqualTo("application/problem+json");
        assertThat(refusal.detail()).contains("Места для вашей школы закончились").contains("1 место");
        assertThat(api.get("/api/events/" + id, "methodist").get("taken")).isEqualTo(1);
        assertThat(api.items("/api/events/" + id + "/registrations", "methodist")).hasSize(1);
    }

    @Test
    void aSingleSchoolsOwnCapAndTheFormsQuestionsHoldWhenTheEventIsLockedForABatch() {
        var body = api.event("Стажировка с вопросами", 10);
        body.put("schoolCaps", Map.of("1", 1));
        body.put("fields", List.of(
                Map.of("code", "subject", "label", "Ваш предмет", "type", "TEXT", "required", true),
                Map.of("code", "level", "label", "Уровень", "type", "CHOICE", "options", List.of("начальный", "основной", "средний")),
                Map.of("code", "online", "label", "Участвуете онлайн?", "type", "YES_NO")));
        String id = api.createId("methodist", body);

        Map<?, ?> event = api.get("/api/events/" + id, "methodist");
        assertThat(event.get("schoolCaps")).isEqualTo(Map.of("1", 1));
        assertThat(((List<?>) event.get("fields")).stream().<Object>map(f -> ((Map<?, ?>) f).get("code")).toList())
                .containsExactly("subject", "level", "online");
        assertThat(((Map<?, ?>) ((List<?>) event.get("fields")).get(1)).get("options")).isEqualTo(List.of("начальный", "основной", "средний"));

        var unanswered = api.refusal(() -> api.apply(id, "curator1"));
        assertThat(unanswered.status()).isEqualTo(422);
        assertThat(unanswered.detail()).contains("Ответьте на вопрос «Ваш предмет»");
        assertThat(api.apply(id, "curator1", Map.of("answers", Map.of("subject", "Физика"))).get("status")).isEqualTo("REGISTERED");
        var wrongChoice = api.refusal(() -> api.apply(id, "mentor1", Map.of("answers", Map.of("subject", "Химия", "level", "высший"))));
        assertThat(wrongChoice.detail()).contains("выберите один из вариантов: начальный, основной, средний");
        var capped = api.refusal(() -> api.apply(id, "mentor1", Map.of("answers", Map.of("subject", "Химия"))));
        assertThat(capped.detail()).contains("Места для вашей школы закончились");
        assertThat(api.apply(id, "curator2", Map.of("answers", Map.of("subject", "Химия"))).get("status")).isEqualTo("REGISTERED");
        assertThat(api.get("/api/events/" + id, "methodist").get("taken")).isEqualTo(2);
    }

    @Test
    void aSecondApplicationOfTheSamePersonIsAConflict() {
        String id = api.createId("curator2", api.event("Круглый стол школы", 5));
        api.apply(id, "curator2");

        var refusal = api.refusal(() -> api.apply(id, "curator2"));

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.detail()).contains("Вы уже подали заявку");
        assertThat(api.get("/api/events/" + id, "curator2").get("taken")).isEqualTo(1);
    }

    @Test
    void applyingBeforeTheWindowOpensOrToAnotherSchoolsEventIsRefused() {
        var body = api.event("Конференция", 5);
        body.put("opensAt", clock.instant().plus(Duration.ofDays(1)).toString());
        String id = api.createId("methodist", body);
        assertThat(api.refusal(() -> api.apply(id, "mentor1")).detail()).contains("ещё не открыта");

        String schoolEvent = api.createId("curator2", api.event("Открытые уроки школы 2", 5));
        assertThat(api.refusal(() -> api.apply(schoolEvent, "curator1")).status())
                .as("another school's own event is not even visible").isEqualTo(404);
    }

    @Test
    void anEventForMentorsRefusesACuratorWithTheReason() {
        var body = api.event("Школа наставника", 5);
        body.put("audience", List.of("MENTOR"));
        String id = api.createId("methodist", body);

        var refusal = api.refusal(() -> api.apply(id, "curator3"));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.detail()).contains("Мероприятие для категорий: наставники");
        assertThat(api.apply(id, "mentor1").get("status")).isEqualTo("REGISTERED");
    }

    @Test
    void teamsOfTheRightSizeAndGradesOnlyAllAtOnce() {
        var body = api.event("Фестиваль групповых проектов", 5);
        body.put("kind", "PROJECT_FESTIVAL");
        body.put("audience", List.of("PUPIL_TEAM"));
        body.put("teamMin", 3);
        body.put("teamMax", 5);
        body.put("gradeMin", 5);
        body.put("gradeMax", 11);
        String id = api.createId("methodist", body);

        var refusal = api.refusal(() -> api.team(id, "curator1", "Юные инженеры", List.of(4, 6)));
        assertThat(refusal.detail()).contains("от 3 до 5 участников, в заявке — 2").contains("не подходит: 4 класс");
        assertThat(api.refusal(() -> api.apply(id, "curator1")).detail()).contains("заявки команд");

        Map<?, ?> team = api.team(id, "curator1", "Юные инженеры", List.of(7, 7, 8));
        assertThat(team.get("participantName")).isEqualTo("Юные инженеры");
        assertThat(team.get("teamSize")).isEqualTo(3);
        assertThat(api.refusal(() -> api.team(id, "curator1", "юные инженеры", List.of(7, 7, 8))).status()).isEqualTo(409);
    }

    @Test
    void approvalHoldsApplicationsUntilTheOrganiserDecides() {
        var body = api.event("Стажировка", 1);
        body.put("kind", "INTERNSHIP");
        body.put("requiresApproval", true);
        String id = api.createId("methodist", body);
        String first = (String) api.apply(id, "curator1").get("id");
        String second = (String) api.apply(id, "curator2").get("id");
        String third = (String) api.apply(id, "curator3").get("id");
        assertThat(api.get("/api/events/" + id, "methodist").get("taken")).isEqualTo(0);

        assertThat(api.post("/api/events/" + id + "/registrations/" + second + "/approve", "methodist", Map.of()).get("status"))
                .isEqualTo("REGISTERED");
        assertThat(api.post("/api/events/" + id + "/registrations/" + third + "/approve", "methodist", Map.of()).get("status"))
                .as("the one place is taken: approved onto the waiting list").isEqualTo("WAITLISTED");
        assertThat(api.post("/api/events/" + id + "/registrations/" + first + "/approve", "methodist", Map.of()).get("status"))
                .isEqualTo("WAITLISTED");
        // the first applicant, approved last, arrived before the third and waits ahead of them
        String title = (String) api.get("/api/events/" + id, "methodist").get("title");
        assertToldPlaceInLine("curator3@mentoring.local", title, 1);
        assertToldPlaceInLine("curator1@mentoring.local", title, 1);
        assertThat(api.items("/api/events/" + id + "/registrations", "methodist"))
                .filteredOn(r -> "WAITLISTED".equals(r.get("status"))).extracting(r -> r.get("id")).containsExactly(first, third);
        assertThat(api.get("/api/events/" + id + "/places", "methodist").get("waiting")).isEqualTo(2);
        assertThat(api.refusal(() -> api.post("/api/events/" + id + "/registrations/" + first + "/approve", "curator1", Map.of()))
                .status()).as("only the organiser decides").isEqualTo(403);
    }

    @Test
    void capacityIsExactWhenFortyTeamsApplyAtOnceAndTheRestWaitInArrivalOrder() throws Exception {
        var body = api.event("Фестиваль проектов", 10);
        body.put("kind", "PROJECT_FESTIVAL");
        body.put("teamMin", 1);
        body.put("teamMax", 5);
        body.put("participation", "TEAM");
        String id = api.createId("methodist", body);
        List<String> curators = List.of("curator1", "curator2", "curator3");
        curators.forEach(ru.mentoring.support.testing.Tokens::of);

        List<Callable<Map<?, ?>>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String user = curators.get(i % 3);
            String team = "Команда " + i;
            attempts.add(() -> api.team(id, user, team, List.of(8)));
        }
        List<Map<?, ?>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var result : pool.invokeAll(attempts)) {
                answers.add(result.get());
            }
        }

        assertThat(answers).filteredOn(a -> "REGISTERED".equals(a.get("status"))).hasSize(10);
        assertThat(answers).filteredOn(a -> "WAITLISTED".equals(a.get("status"))).hasSize(30);
        assertThat(api.get("/api/events/" + id, "methodist").get("taken")).isEqualTo(10);
        assertThat(api.get("/api/events/" + id + "/places", "methodist").get("waiting")).isEqualTo(30);
        List<Map<String, Object>> list = api.items("/api/events/" + id + "/registrations", "methodist");
        assertThat(list).hasSize(40);
        List<Object> positions = list.stream().filter(r -> "WAITLISTED".equals(r.get("status"))).map(r -> r.get("waitingPosition")).toList();
        assertThat(positions).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).boxed().map(Object.class::cast).toList());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<EventEnvelope<RegistrationChangedV1>> awaitChanges(String eventId, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ConsumerConfig.GROUP_ID_CONFIG, "events-registration-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<EventEnvelope<RegistrationChangedV1>> found = new ArrayList<>();
        Argument<EventEnvelope<RegistrationChangedV1>> type = (Argument) Argument.of(EventEnvelope.class, RegistrationChangedV1.class);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topics.name(RegistrationEvents.TOPIC)));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (eventId.equals(record.key())) {
                        found.add(json.readValue(record.value(), type));
                    }
                }
                return found.size() >= expected;
            });
        }
        return found;
    }
}
