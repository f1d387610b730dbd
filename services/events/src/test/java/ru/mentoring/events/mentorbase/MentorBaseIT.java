package ru.mentoring.events.mentorbase;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.mentoring.events.support.Person;
import ru.mentoring.events.testing.EventsApi;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.kafka.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Eligibility against the shared mentor base, fed through the real broker as the mentor bank feeds it:
 * a curator registers their school's mentors, experience rules read the base, and a mentor who applies
 * themself is the same participant their curator would register.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentorBaseIT {

    @Inject @Client("/") HttpClient http;
    @Inject Clock clock;
    @Inject ObjectMapper json;
    @Inject Topics topics;
    @Inject MentorCards cards;

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")),
            new StringSerializer(), new StringSerializer());

    @AfterAll
    void close() {
        producer.close();
    }

    @Test
    void aCuratorRegistersHerSchoolsYoungTeacherButNotAVeteranOrAnotherSchoolsMentor() {
        EventsApi api = new EventsApi(http, clock);
        UUID young = publish("Молодая Учительница", "1", 3, null);
        UUID veteran = publish("Опытный Учитель", "1", 25, null);
        UUID foreign = publish("Наставник Другой Школы", "2", 2, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> cards.byId(foreign).isPresent() && cards.byId(young).isPresent());
        var body = api.event("Школа молодого педагога", 10);
        body.put("audience", List.of("TEACHER"));
        body.put("experienceMax", 5);
        String id = api.createId("methodist", body);

        Map<?, ?> registered = api.apply(id, "curator1", Map.of("mentorId", young.toString()));
        assertThat(registered.get("participantName")).isEqualTo("Молодая Учительница");
        assertThat(registered.get("mode")).isEqualTo("STAFF");
        assertThat(api.refusal(() -> api.apply(id, "curator1", Map.of("mentorId", veteran.toString()))).detail())
                .contains("стажем не больше 5 лет, по банку наставников — 25");
        assertThat(api.refusal(() -> api.apply(id, "curator1", Map.of("mentorId", foreign.toString()))).detail())
                .contains("только сотрудников своей школы");
        assertThat(api.refusal(() -> api.apply(id, "curator1", Map.of("mentorId", young.toString()))).status()).isEqualTo(409);
    }

    @Test
    void aMentorWhoseCuratorRegisteredHerHoldsThatPlaceAsHerOwn() {
        EventsApi api = new EventsApi(http, clock);
        UUID card = publish("Сергей Иванов", "1", 4, Person.accountKeyOf("mentor1@mentoring.local"));
        await().atMost(Duration.ofSeconds(30)).until(() -> cards.byId(card).isPresent());
        String id = api.createId("methodist", api.event("Интенсив для наставников", 10));

        api.apply(id, "curator1", Map.of("mentorId", card.toString()));

        assertThat(api.refusal(() -> api.apply(id, "mentor1")).status()).isEqualTo(409);
        assertThat(api.get("/api/events/" + id + "/registrations/me", "mentor1").get("participantName")).isEqualTo("Сергей Иванов");
        assertThat(api.items("/api/me/registrations", "mentor1")).anySatisfy(r ->
                assertThat(((Map<?, ?>) r.get("event")).get("id")).isEqualTo(id));
    }

    private UUID publish(String name, String school, int experience, String accountKey) {
        UUID id = UUID.randomUUID();
        var profile = new MentorProfileV1(id, clock.millis(), name, MentorKind.TEACHER, school, null, "учитель", List.of("история"),
                List.of(), 2, 0, MentorVisibility.MUNICIPAL, List.of(), true, List.of(), List.of(), experience, accountKey);
        var envelope = EventEnvelope.of(MentorEvents.UPDATED, school, profile);
        try {
            var record = new ProducerRecord<>(topics.name(MentorEvents.TOPIC), id.toString(), json.writeValueAsString(envelope));
            record.headers().add(EventHeaders.EVENT_ID, envelope.eventId().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_TYPE, envelope.type().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_VERSION, "1".getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.SCHOOL_ID, school.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
