package ru.mentoring.model;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.GoldenSamples;
import ru.mentoring.model.pair.PairChangedV1;
import ru.mentoring.model.pair.PairEvents;
import ru.mentoring.model.pair.PairFormation;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.model.pair.SeatEvents;
import ru.mentoring.model.pair.SeatsDecidedV1;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden samples are the contract between the school service and the mentor bank. */
class PairEventContractTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<PairChangedV1>> PAIR =
            (Argument) Argument.of(EventEnvelope.class, PairChangedV1.class);
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<SeatsDecidedV1>> SEATS =
            (Argument) Argument.of(EventEnvelope.class, SeatsDecidedV1.class);

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void goldenPairSampleReadsAndCarriesNoMenteeData() throws IOException {
        byte[] golden = GoldenSamples.read(PairEvents.CHANGED);
        EventEnvelope<PairChangedV1> event = json.readValue(golden, PAIR);

        assertThat(event.type()).isEqualTo("pair.changed");
        assertThat(event.payload().status()).isEqualTo(PairStatus.AWAITING_CONFIRMATION);
        assertThat(event.payload().formation()).isEqualTo(PairFormation.MATCHING);
        assertThat(event.payload().seats()).isEqualTo(1);
        assertThat(event.payload().startsOn()).isEqualTo(LocalDate.parse("2026-09-21"));
        assertThat(new String(golden, java.nio.charset.StandardCharsets.UTF_8))
                .as("a pair event names no mentee").doesNotContain("fullName").doesNotContain("grade")
                .doesNotContain("request");
    }

    @Test
    void goldenSeatSampleReads() throws IOException {
        EventEnvelope<SeatsDecidedV1> event = json.readValue(GoldenSamples.read(SeatEvents.DECIDED), SEATS);
        assertThat(event.payload().decision()).isEqualTo(SeatsDecidedV1.Decision.REFUSED);
        assertThat(event.payload().reason()).isEqualTo("У наставника не осталось свободных мест");
    }

    @Test
    void writtenPairEventReadsBackUnchanged() throws IOException {
        var pair = new PairChangedV1(UUID.randomUUID(), "2", UUID.randomUUID(), "PUPIL_PUPIL", PairFormation.CHOICE,
                PairStatus.COMPLETED, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 5, 25),
                List.of(UUID.randomUUID(), UUID.randomUUID()), 2, LocalDate.of(2027, 5, 20));
        var written = EventEnvelope.of(PairEvents.CHANGED, "2", pair);
        assertThat(json.readValue(json.writeValueAsString(written), PAIR)).isEqualTo(written);
        assertThat(PairStatus.ACTIVE.holdsSeats()).isTrue();
        assertThat(PairStatus.COMPLETED.ended()).isTrue();
    }
}
