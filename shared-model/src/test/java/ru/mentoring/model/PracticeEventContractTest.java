package ru.mentoring.model;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.GoldenSamples;
import ru.mentoring.model.practice.PracticeEvents;
import ru.mentoring.model.practice.PracticePublishedV1;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden sample is the contract: producers and consumers both read it. */
class PracticeEventContractTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<PracticePublishedV1>> ENVELOPE =
            (Argument) Argument.of(EventEnvelope.class, PracticePublishedV1.class);

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void goldenSampleOfVersionOneStillReads() throws IOException {
        EventEnvelope<PracticePublishedV1> event = json.readValue(GoldenSamples.read(PracticeEvents.PUBLISHED), ENVELOPE);

        assertThat(event.type()).isEqualTo("practice.published");
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.payload().schoolId()).isEqualTo("1");
        assertThat(event.payload().title()).isEqualTo("Школа молодого педагога: наставник рядом");
        assertThat(event.payload().competencies()).containsExactly("организация современного урока", "формирующее оценивание");
        assertThat(event.payload().year()).isEqualTo(2026);
        assertThat(event.payload().publishedAt()).isEqualTo(Instant.parse("2026-11-03T12:00:00Z"));
    }

    @Test
    void writtenEventReadsBackUnchanged() throws IOException {
        var practice = new PracticePublishedV1(UUID.randomUUID(), "2", "Наставник-предметник", "Кратко", null,
                List.of("проектная деятельность"), 2025, Instant.parse("2026-01-10T10:00:00Z"));
        var written = EventEnvelope.of(PracticeEvents.PUBLISHED, "2", practice);

        EventEnvelope<PracticePublishedV1> read = json.readValue(json.writeValueAsString(written), ENVELOPE);

        assertThat(read).isEqualTo(written);
    }
}
