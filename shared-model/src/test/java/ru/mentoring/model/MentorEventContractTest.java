package ru.mentoring.model;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.GoldenSamples;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.model.mentor.MentorVisibility;

import java.io.IOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The golden sample is the contract: producers and consumers both read it. */
class MentorEventContractTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<MentorProfileV1>> ENVELOPE =
            (Argument) Argument.of(EventEnvelope.class, MentorProfileV1.class);

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void goldenSampleOfVersionOneStillReads() throws IOException {
        EventEnvelope<MentorProfileV1> event = json.readValue(GoldenSamples.read(MentorEvents.REGISTERED), ENVELOPE);

        assertThat(event.type()).isEqualTo("mentor.registered");
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.payload().revision()).isEqualTo(1);
        assertThat(event.payload().fullName()).isEqualTo("Иванова Мария Сергеевна");
        assertThat(event.payload().kind()).isEqualTo(MentorKind.TEACHER);
        assertThat(event.payload().visibility()).isEqualTo(MentorVisibility.MUNICIPAL);
        assertThat(event.payload().strengths()).containsExactly("формирующее оценивание", "подготовка к ГИА");
        assertThat(event.payload().freeCapacity()).isEqualTo(2);
        assertThat(event.payload().sharedWithSchoolIds()).as("optional field absent from older producers").isNull();
    }

    @Test
    void writtenEventReadsBackUnchanged() throws IOException {
        var profile = new MentorProfileV1(UUID.randomUUID(), 4, "Петров Олег", MentorKind.EMPLOYER, null,
                "ООО «Технопарк»", "инженер", null, java.util.List.of("проектная деятельность"),
                3, 1, MentorVisibility.NETWORK, java.util.List.of("p-1"), true,
                java.util.List.of("TEACHER_TEACHER"), java.util.List.of("1", "2"));
        var written = EventEnvelope.of(MentorEvents.UPDATED, null, profile);

        EventEnvelope<MentorProfileV1> read = json.readValue(json.writeValueAsString(written), ENVELOPE);

        assertThat(read).isEqualTo(written);
        assertThat(read.payload().freeCapacity()).isEqualTo(2);
    }

    @Test
    void envelopeWithoutVersionIsRejected() {
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), "mentor.updated", 0, null,
                java.time.Instant.now(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
