package ru.mentoring.school.directory;

import io.micronaut.http.HttpRequest;
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
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.event.GoldenSamples;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.testing.Tokens.bearer;

/** The directory read model fed through the real broker, as the mentor bank would feed it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryIT {

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;
    @Inject ru.mentoring.support.kafka.Topics topics;
    @Inject DirectoryProjection projection;

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")),
            new StringSerializer(), new StringSerializer());

    @AfterAll
    void closeProducer() {
        producer.close();
    }

    @Test
    void goldenSampleOfTheMentorBankIsUnderstood() throws Exception {
        var golden = json.readValue(GoldenSamples.read(MentorEvents.REGISTERED), Map.class);
        UUID id = UUID.randomUUID();
        @SuppressWarnings("unchecked") Map<String, Object> payload = (Map<String, Object>) golden.get("payload");
        payload.put("id", id.toString());
        golden.put("eventId", UUID.randomUUID().toString());
        send(id, UUID.fromString((String) golden.get("eventId")), MentorEvents.REGISTERED, json.writeValueAsString(golden));

        var seen = awaitVisible("curator3", id);
        assertThat(seen.get("fullName")).isEqualTo("Иванова Мария Сергеевна");
        assertThat(seen.get("freeCapacity")).isEqualTo(2);
        assertThat(seen.get("visibility")).isEqualTo("MUNICIPAL");
    }

    @Test
    void schoolOnlyMentorIsVisibleToItsOwnSchoolAlone() {
        UUID id = UUID.randomUUID();
        publish(profile(id, 1, "Школьный Наставник", MentorVisibility.SCHOOL, "1"));
        publish(profile(UUID.randomUUID(), 1, "Маркер", MentorVisibility.SCHOOL, "2"));

        awaitVisible("curator1", id);
        await().atMost(Duration.ofSeconds(30)).until(() -> names("curator2").contains("Маркер"));
        assertThat(find("curator2", id)).isEmpty();
    }

    @Test
    void networkMentorIsVisibleToTheProjectsMemberSchoolsOnly() {
        UUID id = UUID.randomUUID();
        var shared = new MentorProfileV1(id, 1, "Сетевой Наставник", MentorKind.TEACHER, "1", null, null, List.of(),
                List.of("функциональная грамотность"), 2, 0, MentorVisibility.NETWORK, List.of("p"), true, List.of(),
                List.of("1", "2"));
        publish(shared);
        UUID marker = UUID.randomUUID();
        publish(profile(marker, 1, "Маркер " + marker, MentorVisibility.MUNICIPAL, null));

        awaitVisible("curator2", id);
        awaitVisible("curator1", id);
        awaitVisible("curator3", marker);
        assertThat(find("curator3", id)).as("school 3 is outside the project").isEmpty();
    }

    @Test
    void aNewerRevisionReplacesTheStoredProfile() {
        UUID id = UUID.randomUUID();
        publish(profile(id, 1, "Прежнее Имя " + id, MentorVisibility.MUNICIPAL, null));
        awaitVisible("curator1", id);
        publish(profile(id, 2, "Новое Имя " + id, MentorVisibility.MUNICIPAL, null));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> ("Новое Имя " + id).equals(find("curator1", id).orElseThrow().get("fullName")));
    }

    @Test
    void redeliveryAndLateOldRevisionsChangeNothing() {
        UUID id = UUID.randomUUID();
        var newer = EventEnvelope.of(MentorEvents.UPDATED, null, profile(id, 2, "Новое Имя", MentorVisibility.MUNICIPAL, null));
        var older = EventEnvelope.of(MentorEvents.REGISTERED, null, profile(id, 1, "Старое Имя", MentorVisibility.MUNICIPAL, null));
        publish(newer);
        publish(newer);
        publish(older);
        UUID marker = UUID.randomUUID();
        publish(profile(marker, 1, "Маркер " + marker, MentorVisibility.MUNICIPAL, null));

        // the marker shares no key with the mentor, so wait for the mentor's own last record instead
        await().atMost(Duration.ofSeconds(30)).until(() -> find("curator1", id).isPresent());
        awaitVisible("curator1", marker);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> "Новое Имя".equals(find("curator1", id).orElseThrow().get("fullName")));
        assertThat(items("curator1").stream().filter(m -> id.toString().equals(m.get("id"))))
                .as("one entry per mentor, however often it was delivered").hasSize(1);
    }

    @Test
    void aBatchKeepsEachMentorsNewestRevisionWhateverItsOrder() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        var newest = EventEnvelope.of(MentorEvents.UPDATED, null, profile(first, 3, "Третья Правка", MentorVisibility.MUNICIPAL, null));
        var batch = List.of(
                newest,
                EventEnvelope.of(MentorEvents.REGISTERED, null, profile(first, 1, "Первая Запись", MentorVisibility.MUNICIPAL, null)),
                newest,
                EventEnvelope.of(MentorEvents.UPDATED, null, profile(first, 2, "Вторая Правка", MentorVisibility.MUNICIPAL, null)),
                EventEnvelope.of(MentorEvents.REGISTERED, null, profile(second, 1, "Другой Наставник", MentorVisibility.MUNICIPAL, null)));

        Tenancy.runVoid(Tenant.NONE, () -> projection.applyAll(batch));
        // the whole batch delivered again, as after a crash before the offsets were committed
        Tenancy.runVoid(Tenant.NONE, () -> projection.applyAll(batch));

        assertThat(find("curator1", first).orElseThrow().get("fullName")).isEqualTo("Третья Правка");
        assertThat(find("curator1", second).orElseThrow().get("fullName")).isEqualTo("Другой Наставник");
        assertThat(items("curator1").stream().filter(m -> first.toString().equals(m.get("id")))).hasSize(1);
    }

    private static MentorProfileV1 profile(UUID id, long revision, String name, MentorVisibility visibility, String school) {
        return new MentorProfileV1(id, revision, name, MentorKind.TEACHER, school, null, "учитель", List.of("физика"),
                List.of("проектная деятельность"), 3, 1, visibility, List.of(), true, List.of(), List.of());
    }

    private void publish(MentorProfileV1 profile) {
        publish(EventEnvelope.of(MentorEvents.REGISTERED, profile.homeSchoolId(), profile));
    }

    private void publish(EventEnvelope<MentorProfileV1> event) {
        try {
            send(event.payload().id(), event.eventId(),
                    event.type().equals(MentorEvents.UPDATED.name()) ? MentorEvents.UPDATED : MentorEvents.REGISTERED,
                    json.writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(UUID key, UUID eventId, ru.mentoring.model.event.EventType type, String value) throws RuntimeException {
        var record = new ProducerRecord<>(topics.name(MentorEvents.TOPIC), key.toString(), value);
        // as the relay does: the envelope's school travels as a header too
        Object school;
        try {
            school = json.readValue(value, Map.class).get("schoolId");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        if (school != null) {
            record.headers().add(EventHeaders.SCHOOL_ID, school.toString().getBytes(StandardCharsets.UTF_8));
        }
        record.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, type.name().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_VERSION, Integer.toString(type.version()).getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<?, ?> awaitVisible(String user, UUID id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(user, id), Optional::isPresent).orElseThrow();
    }

    private Optional<Map<?, ?>> find(String user, UUID id) {
        return items(user).stream().filter(m -> id.toString().equals(m.get("id"))).findFirst();
    }

    private List<String> names(String user) {
        return items(user).stream().map(m -> (String) m.get("fullName")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<?, ?>> items(String user) {
        Map<?, ?> page = http.toBlocking().retrieve(HttpRequest.GET("/api/directory/mentors")
                .header("Authorization", bearer(user)), Map.class);
        return (List<Map<?, ?>>) page.get("items");
    }
}
