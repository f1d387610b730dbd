package ru.mentoring.model;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.GoldenSamples;
import ru.mentoring.model.pair.PairChangedV1;
import ru.mentoring.model.pair.PairDecision;
import ru.mentoring.model.pair.PairEvents;
import ru.mentoring.model.pair.PairFormation;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.model.pair.TerminationInitiator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version 1.1 of pair.changed adds the figures monitoring counts, all optional: the 1.0 sample still reads
 * (the mentor bank keeps reading what it always read), the 1.1 sample reads with them, and a reader that
 * knows only 1.0's fields reads a 1.1 event too.
 */
class PairChangedOneOneContractTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<PairChangedV1>> ENVELOPE =
            (Argument) Argument.of(EventEnvelope.class, PairChangedV1.class);

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void versionOneZeroSampleReadsWithoutTheFigures() throws IOException {
        PairChangedV1 pair = json.readValue(GoldenSamples.read(PairEvents.CHANGED), ENVELOPE).payload();

        assertThat(pair.meetingsHeld()).isNull();
        assertThat(pair.decision()).isNull();
        assertThat(pair.terminationReason()).isNull();
    }

    @Test
    void versionOneOneSampleCarriesTheFiguresAndNoPersonalData() throws IOException {
        byte[] golden = GoldenSamples.read(PairEvents.CHANGED, 1);
        PairChangedV1 pair = json.readValue(golden, ENVELOPE).payload();

        assertThat(pair.status()).isEqualTo(PairStatus.COMPLETED);
        assertThat(pair.endedOn()).isEqualTo(LocalDate.parse("2027-05-20"));
        assertThat(pair.meetingsHeld()).isEqualTo(14);
        assertThat(pair.planDone()).isEqualTo(11);
        assertThat(pair.planTotal()).isEqualTo(12);
        assertThat(pair.mentorScore()).isEqualTo(9);
        assertThat(pair.menteeScore()).isEqualTo(8);
        assertThat(pair.decision()).isEqualTo(PairDecision.CONTINUE);
        assertThat(pair.followUpPairId()).isNotNull();
        assertThat(new String(golden, StandardCharsets.UTF_8)).doesNotContain("fullName", "grade", "request", "text",
                "results", "comment");
    }

    @Test
    void aReaderOfOneZeroReadsAOneOneEvent() throws IOException {
        Map<?, ?> asOneZero = json.readValue(GoldenSamples.read(PairEvents.CHANGED, 1), Map.class);
        Map<?, ?> payload = (Map<?, ?>) asOneZero.get("payload");

        assertThat(payload.get("status")).isEqualTo("COMPLETED");
        assertThat(payload.get("seats")).isEqualTo(1);
        assertThat(payload.get("endedOn")).isEqualTo("2027-05-20");
    }

    @Test
    void aTerminationTravelsWithItsInitiatorAndReasonCode() throws IOException {
        var pair = new PairChangedV1(UUID.randomUUID(), "3", UUID.randomUUID(), "PUPIL_PUPIL", PairFormation.ASSIGNMENT,
                PairStatus.TERMINATED, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 5, 25), List.of(UUID.randomUUID()),
                1, LocalDate.of(2027, 1, 15), 3, 2, 9, null, null, null, null, TerminationInitiator.GUARDIAN, "MOVED");
        var written = EventEnvelope.of(PairEvents.CHANGED, "3", pair);

        assertThat(json.readValue(json.writeValueAsString(written), ENVELOPE)).isEqualTo(written);
        assertThat(new PairChangedV1(pair.pairId(), "3", pair.mentorId(), pair.form(), pair.formation(), pair.status(),
                pair.startsOn(), pair.endsOn(), pair.menteeKeys(), 1, pair.endedOn()).meetingsHeld()).isNull();
    }
}
