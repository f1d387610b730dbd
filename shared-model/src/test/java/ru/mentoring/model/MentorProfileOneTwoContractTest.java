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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Version 1.2 adds two optional fields: older samples still read, newer ones carry them through. */
class MentorProfileOneTwoContractTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<MentorProfileV1>> ENVELOPE =
            (Argument) Argument.of(EventEnvelope.class, MentorProfileV1.class);

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void olderSampleReadsWithoutExperienceOrAccountKey() throws IOException {
        MentorProfileV1 profile = json.readValue(GoldenSamples.read(MentorEvents.REGISTERED), ENVELOPE).payload();

        assertThat(profile.experienceYears()).isNull();
        assertThat(profile.accountKey()).isNull();
    }

    @Test
    void experienceAndAccountKeyTravel() throws IOException {
        var profile = new MentorProfileV1(UUID.randomUUID(), 2, "Сидорова Анна", MentorKind.TEACHER, "1", null,
                "учитель химии", List.of("химия"), List.of(), 2, 0, MentorVisibility.MUNICIPAL, List.of(), true,
                List.of(), List.of(), 4, "a3f1");
        var written = EventEnvelope.of(MentorEvents.UPDATED, "1", profile);

        MentorProfileV1 read = json.readValue(json.writeValueAsString(written), ENVELOPE).payload();

        assertThat(read.experienceYears()).isEqualTo(4);
        assertThat(read.accountKey()).isEqualTo("a3f1");
    }
}
