package ru.mentoring.model;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.GoldenSamples;
import ru.mentoring.model.registration.RegistrationChangedV1;
import ru.mentoring.model.registration.RegistrationEvents;
import ru.mentoring.model.registration.RegistrationStatus;

import java.io.IOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden sample is the contract: producers and consumers both read it. */
class RegistrationEventContractTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<RegistrationChangedV1>> ENVELOPE =
            (Argument) Argument.of(EventEnvelope.class, RegistrationChangedV1.class);

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void goldenSampleOfVersionOneStillReads() throws IOException {
        EventEnvelope<RegistrationChangedV1> event = json.readValue(GoldenSamples.read(RegistrationEvents.CHANGED), ENVELOPE);

        assertThat(event.type()).isEqualTo("registration.changed");
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.payload().eventId()).isEqualTo(UUID.fromString("c4e2b1a0-7d3f-4a5b-8e9c-0f1a2b3c4d5e"));
        assertThat(event.payload().userSubject()).isEqualTo("2f6b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        assertThat(event.payload().schoolId()).isEqualTo("1");
        assertThat(event.payload().status()).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void writtenEventReadsBackUnchanged() throws IOException {
        var change = new RegistrationChangedV1(UUID.randomUUID(), UUID.randomUUID(), "subject-1", null,
                RegistrationStatus.CANCELLED);
        var written = EventEnvelope.of(RegistrationEvents.CHANGED, null, change);

        EventEnvelope<RegistrationChangedV1> read = json.readValue(json.writeValueAsString(written), ENVELOPE);

        assertThat(read).isEqualTo(written);
    }
}
