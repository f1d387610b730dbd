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

/** Version 1.1 adds optional fields: the 1.0 sample still reads, and a check-in travels as attended. */
class RegistrationChangedOneOneContractTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<RegistrationChangedV1>> ENVELOPE =
            (Argument) Argument.of(EventEnvelope.class, RegistrationChangedV1.class);

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void versionOneZeroSampleReadsWithoutTheNewFields() throws IOException {
        RegistrationChangedV1 change = json.readValue(GoldenSamples.read(RegistrationEvents.CHANGED), ENVELOPE).payload();

        assertThat(change.participantKey()).isNull();
        assertThat(change.attended()).isNull();
    }

    @Test
    void teamCheckInTravelsWithItsSizeAndProject() throws IOException {
        UUID project = UUID.randomUUID();
        var change = new RegistrationChangedV1(UUID.randomUUID(), UUID.randomUUID(), "curator-subject", "2",
                RegistrationStatus.REGISTERED, "team:2:роботы", 4, project, true);

        RegistrationChangedV1 read = json.readValue(json.writeValueAsString(
                EventEnvelope.of(RegistrationEvents.CHANGED, "2", change)), ENVELOPE).payload();

        assertThat(read).isEqualTo(change);
    }
}
