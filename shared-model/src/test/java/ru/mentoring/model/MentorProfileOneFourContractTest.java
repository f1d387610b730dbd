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

/** Version 1.4 adds the mentor's own strengths and formats, both optional: older samples still read. */
class MentorProfileOneFourContractTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<MentorProfileV1>> ENVELOPE =
            (Argument) Argument.of(EventEnvelope.class, MentorProfileV1.class);

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void olderSampleReadsWithoutOwnStrengthsOrFormats() throws IOException {
        MentorProfileV1 profile = json.readValue(GoldenSamples.read(MentorEvents.REGISTERED), ENVELOPE).payload();

        assertThat(profile.ownStrengths()).isNull();
        assertThat(profile.formats()).isNull();
    }

    @Test
    void ownStrengthsAndFormatsTravel() throws IOException {
        var profile = new MentorProfileV1(UUID.randomUUID(), 3, "Сидорова Анна", MentorKind.TEACHER, "1", null,
                "учитель химии", List.of("химия"), List.of("проектная деятельность"), 2, 0, MentorVisibility.MUNICIPAL,
                List.of(), true, List.of("TEACHER_TEACHER"), List.of(), 4, null, null, null, true,
                List.of("сопровождение молодых педагогов"), List.of("REVERSE"));
        var written = EventEnvelope.of(MentorEvents.UPDATED, "1", profile);

        MentorProfileV1 read = json.readValue(json.writeValueAsString(written), ENVELOPE).payload();

        assertThat(read.ownStrengths()).containsExactly("сопровождение молодых педагогов");
        assertThat(read.formats()).containsExactly("REVERSE");
        assertThat(read.takesNewMentees()).isTrue();
    }
}
