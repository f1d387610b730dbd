package ru.mentoring.school.consent;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.practice.PracticeConsentEvents;
import ru.mentoring.model.practice.PracticeConsentStatus;
import ru.mentoring.model.practice.PracticeConsentV1;
import ru.mentoring.school.SchoolFixtures;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.kafka.Topics;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.jooq.Tables.OUTBOX;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * The practice library hears of every distribution consent recorded or withdrawn (ADR 0010): through the
 * outbox in the same transaction, keyed by the consent, readable exactly as its consumer reads it, and
 * carrying nothing personal.
 */
@MicronautTest(transactional = false)
class ConsentEventsIT {

    @Inject @Client("/") HttpClient http;
    @Inject DSLContext sql;
    @Inject Transactions tx;
    @Inject Topics topics;
    @Inject EventReader reader;
    @Inject Today today;

    @Test
    void aDistributionConsentRecordedAndWithdrawnLeavesAsTwoStatementsWithNothingPersonal() {
        String name = "Публикуемая Дарья " + UUID.randomUUID();
        LocalDate birth = today.date().minusYears(15);
        UUID pupil = SchoolFixtures.pupil(http, "curator1", name, "9Б", birth);
        Map<?, ?> consent = post("/api/mentees/" + pupil + "/consents", Map.of("kind", "DISTRIBUTION", "signedBy", "GUARDIAN",
                "signerName", "Публикуемая Ольга Игоревна", "coSignedByPupil", true, "signedOn", today.date().toString()));
        String consentId = (String) consent.get("id");
        assertThat(outboxPayloads(consentId)).hasSize(1);
        post("/api/consents/" + consentId + "/withdraw", Map.of("reason", "не хотим публикаций"));

        List<String> payloads = outboxPayloads(consentId);
        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(0)).contains("ON_RECORD");
        assertThat(payloads.get(1)).contains("WITHDRAWN");
        for (String payload : payloads) {
            assertThat(payload).contains(consentId).doesNotContain(pupil.toString(), "Публикуемая", "9Б", birth.toString(),
                    "не хотим");
        }

        List<EventEnvelope<PracticeConsentV1>> delivered = consumed(consentId, 2);
        assertThat(delivered).extracting(e -> e.payload().status())
                .containsExactly(PracticeConsentStatus.ON_RECORD, PracticeConsentStatus.WITHDRAWN);
        assertThat(delivered).allSatisfy(e -> {
            assertThat(e.schoolId()).isEqualTo("1");
            assertThat(e.payload().schoolId()).isEqualTo("1");
            assertThat(e.payload().consentRef()).isEqualTo(consentId);
        });
    }

    @Test
    void otherConsentsDoNotConcernTheLibrary() {
        UUID teacher = SchoolFixtures.youngTeacher(http, "curator1", "Непубличный Учитель " + UUID.randomUUID());
        UUID processing = SchoolFixtures.processingConsent(http, "curator1", teacher, false, today.date());
        post("/api/consents/" + processing + "/withdraw", Map.of());
        assertThat(outboxPayloads(processing.toString())).isEmpty();
    }

    /** What the outbox holds for the consent, oldest first. */
    private List<String> outboxPayloads(String consentId) {
        return tx.read(() -> sql.select(OUTBOX.PAYLOAD).from(OUTBOX)
                .where(OUTBOX.AGGREGATEID.eq(consentId), OUTBOX.TYPE.eq(PracticeConsentEvents.CHANGED.name()))
                .orderBy(OUTBOX.SEQ).fetch(r -> r.value1().data()));
    }

    /** The consent's statements as the practices service's listener reads them: key, headers, envelope. */
    private List<EventEnvelope<PracticeConsentV1>> consumed(String consentId, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ConsumerConfig.GROUP_ID_CONFIG, "school-consent-events-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<EventEnvelope<PracticeConsentV1>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topics.name(PracticeConsentEvents.TOPIC)));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (consentId.equals(record.key())) {
                        assertThat(reader.isOneOf(record, PracticeConsentEvents.CHANGED)).isTrue();
                        assertThat(new String(record.headers().lastHeader(EventHeaders.SCHOOL_ID).value(),
                                StandardCharsets.UTF_8)).isEqualTo("1");
                        found.add(reader.read(record, PracticeConsentV1.class));
                    }
                }
                return found.size() >= expected;
            });
        }
        return found;
    }

    private Map<?, ?> post(String path, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).header("Authorization", bearer("curator1")), Map.class);
    }
}
