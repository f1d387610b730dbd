package ru.mentoring.school.pair;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.pair.SeatEvents;
import ru.mentoring.model.pair.SeatsDecidedV1;
import ru.mentoring.school.SchoolFixtures;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.support.kafka.Topics;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.jooq.Tables.OUTBOX;
import static ru.mentoring.support.testing.Tokens.bearer;

/** Forming pairs and groups: the rules, the wait for the mentor bank's seats, mutual choice. */
@MicronautTest(transactional = false)
class PairIT {

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject Today today;
    @Inject DSLContext sql;
    @Inject Transactions tx;
    @Inject ObjectMapper json;
    @Inject Topics topics;
    @Inject SeatsDecisionProjection decisions;

    @Test
    void aPairWaitsForTheMentorBankAndRunsOnceItsSeatsAreConfirmed() throws Exception {
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Иванова Мария Сергеевна", 2, null);
        String name = "Петров Пётр " + UUID.randomUUID();
        UUID pupil = pupilWithConsent(name, "7Б");

        Map<?, ?> pair = form("curator1", mentor, List.of(pupil), "PUPIL_PUPIL", "MATCHING");
        assertThat(pair.get("status")).isEqualTo("AWAITING_CONFIRMATION");
        UUID pairId = UUID.fromString((String) pair.get("id"));
        String event = lastPairEvent(pairId);
        assertThat(event).contains("\"status\":\"AWAITING_CONFIRMATION\"", "\"seats\":1", "menteeKeys")
                .doesNotContain(name).doesNotContain("7Б");

        sendDecision(pairId, "1", mentor, SeatsDecidedV1.Decision.CONFIRMED);

        await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(get("curator1", "/api/pairs/" + pairId).get("status")));
        assertThat(get("curator1", "/api/mentees/" + pupil).get("status")).isEqualTo("IN_PAIR");
        assertThat(lastPairEvent(pairId)).contains("\"status\":\"ACTIVE\"");
    }

    @Test
    void everyReasonAPairCannotBeFormedIsGivenAtOnceAndNothingIsWritten() {
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Соколов Андрей", 2, null);
        UUID withConsent = pupilWithConsent("Лебедева Ася " + UUID.randomUUID(), "6А");
        String withoutName = "Без Согласия " + UUID.randomUUID();
        UUID without = SchoolFixtures.pupil(http, "curator1", withoutName, "6А", today.date().minusYears(12));
        UUID third = pupilWithConsent("Третий Ученик " + UUID.randomUUID(), "6А");

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/pairs", Map.of("mentorId", mentor, "menteeIds", List.of(withConsent, without, third),
                        "form", "PUPIL_PUPIL", "startsOn", today.date().toString(),
                        "endsOn", today.date().minusDays(1).toString(), "how", "ASSIGNMENT"))
                        .header("Authorization", bearer("curator1")), Map.class));
        String body = error.getResponse().getBody(String.class).orElse("");
        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(body).contains("Дата окончания работы пары раньше даты начала",
                "Нет согласия на обработку персональных данных: " + withoutName, "свободно мест: 2, а наставляемых: 3");
        assertThat(get("curator1", "/api/mentees/" + withConsent).get("status")).isEqualTo("CANDIDATE");
    }

    @Test
    void aMenteeIsInOneRunningPairOfAFormAndARefusalTellsTheCurator() {
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Орлов Илья", 3, null);
        UUID pupil = pupilWithConsent("Егоров Миша " + UUID.randomUUID(), "9А");
        UUID pairId = UUID.fromString((String) form("curator1", mentor, List.of(pupil), "PUPIL_PUPIL", "ASSIGNMENT").get("id"));

        var second = assertThrows(HttpClientResponseException.class,
                () -> form("curator1", mentor, List.of(pupil), "PUPIL_PUPIL", "ASSIGNMENT"));
        assertThat(second.getResponse().getBody(String.class).orElse("")).contains("уже в паре по форме «ученик – ученик»");

        Tenancy.runVoid(Tenant.school("1"), () -> decisions.apply(EventEnvelope.of(SeatEvents.DECIDED, "1",
                new SeatsDecidedV1(pairId, "1", mentor, SeatsDecidedV1.Decision.REFUSED, "у наставника не осталось свободных мест"))));

        Map<?, ?> refused = get("curator1", "/api/pairs/" + pairId);
        assertThat(refused.get("status")).isEqualTo("REFUSED");
        assertThat(refused.get("refusalReason")).isEqualTo("у наставника не осталось свободных мест");
        assertThat(String.valueOf(get("curator1", "/api/notices").get("items"))).contains("не закрепил наставника Орлов Илья");
        form("curator1", mentor, List.of(pupil), "PUPIL_PUPIL", "ASSIGNMENT");
    }

    @Test
    void aMentorOfAnotherSchoolAcceptsAChoiceSeeingOnlyAFirstNameAndAClass() {
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Сергей Иванов", 2, "mentor1@mentoring.local");
        UUID pupil = SchoolFixtures.pupil(http, "curator2", "Кузнецова Дарья Олеговна", "10Б", today.date().minusYears(16));
        SchoolFixtures.processingConsent(http, "curator2", pupil, true, today.date());
        UUID pairId = UUID.fromString((String) form("curator2", mentor, List.of(pupil), "PUPIL_PUPIL", "CHOICE").get("id"));

        Map<?, ?> offers = get("mentor1", "/api/me/pair-offers");
        assertThat(String.valueOf(offers)).contains(pairId.toString(), "Дарья", "10Б").doesNotContain("Кузнецова");

        Map<?, ?> accepted = http.toBlocking().retrieve(HttpRequest.POST("/api/me/pair-offers/" + pairId + "/accept", Map.of())
                .header("Authorization", bearer("mentor1")), Map.class);
        assertThat(accepted.get("status")).isEqualTo("ожидает подтверждения");
        assertThat(get("curator2", "/api/pairs/" + pairId).get("status")).isEqualTo("AWAITING_CONFIRMATION");
        var foreign = assertThrows(HttpClientResponseException.class, () -> get("curator1", "/api/pairs/" + pairId));
        assertThat(foreign.getStatus().getCode()).isEqualTo(404);
    }

    private UUID pupilWithConsent(String name, String grade) {
        UUID pupil = SchoolFixtures.pupil(http, "curator1", name, grade, today.date().minusYears(13));
        SchoolFixtures.processingConsent(http, "curator1", pupil, true, today.date());
        return pupil;
    }

    private Map<?, ?> form(String curator, UUID mentor, List<UUID> mentees, String form, String how) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/pairs", Map.of("mentorId", mentor, "menteeIds", mentees,
                "form", form, "startsOn", today.date().toString(), "endsOn", today.date().plusMonths(7).toString(),
                "how", how)).header("Authorization", bearer(curator)), Map.class);
    }

    private Map<?, ?> get(String user, String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).header("Authorization", bearer(user)), Map.class);
    }

    private String lastPairEvent(UUID pairId) {
        return tx.read(() -> sql.select(OUTBOX.PAYLOAD).from(OUTBOX).where(OUTBOX.AGGREGATEID.eq(pairId.toString()))
                .orderBy(OUTBOX.SEQ.desc()).limit(1).fetchOne(r -> r.value1().data())).replace(" ", "");
    }

    /** As the mentor bank answers: on its topic, with the school header the relay sets. */
    private void sendDecision(UUID pairId, String school, UUID mentor, SeatsDecidedV1.Decision decision) throws Exception {
        var event = EventEnvelope.of(SeatEvents.DECIDED, school, new SeatsDecidedV1(pairId, school, mentor, decision, null));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")), new StringSerializer(),
                new StringSerializer())) {
            var record = new ProducerRecord<>(topics.name(SeatEvents.TOPIC), pairId.toString(), json.writeValueAsString(event));
            record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_TYPE, SeatEvents.DECIDED.name().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_VERSION, "1".getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.SCHOOL_ID, school.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
