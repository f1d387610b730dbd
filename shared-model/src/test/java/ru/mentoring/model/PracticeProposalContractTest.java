package ru.mentoring.model;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.GoldenSamples;
import ru.mentoring.model.practice.PracticeConsentEvents;
import ru.mentoring.model.practice.PracticeConsentStatus;
import ru.mentoring.model.practice.PracticeConsentV1;
import ru.mentoring.model.practice.PracticeLevel;
import ru.mentoring.model.practice.PracticeProposalEvents;
import ru.mentoring.model.practice.PracticeProposalSource;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.model.practice.PracticeUsageEvents;
import ru.mentoring.model.practice.PracticeUsageV1;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden samples of the contracts other services send the library: producers and the library read them alike. */
class PracticeProposalContractTest {

    private final ObjectMapper json = ObjectMapper.getDefault();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Argument<EventEnvelope<T>> envelope(Class<T> payload) {
        return (Argument) Argument.of(EventEnvelope.class, payload);
    }

    @Test
    void bothProducersShareOneTypeOnTheirOwnTopics() {
        assertThat(PracticeProposalEvents.FROM_COMPLETED_PAIR.name()).isEqualTo("practice.proposed");
        assertThat(PracticeProposalEvents.FROM_COMPETITION_WINNER.name()).isEqualTo("practice.proposed");
        assertThat(PracticeProposalEvents.FROM_COMPLETED_PAIR.topic()).isEqualTo("school.practice-proposal.v1");
        assertThat(PracticeProposalEvents.FROM_COMPETITION_WINNER.topic()).isEqualTo("events.practice-proposal.v1");
    }

    @Test
    void goldenProposalStillReads() throws IOException {
        EventEnvelope<PracticeProposalV1> event = json.readValue(
                GoldenSamples.read(PracticeProposalEvents.FROM_COMPLETED_PAIR), envelope(PracticeProposalV1.class));

        PracticeProposalV1 p = event.payload();
        assertThat(event.type()).isEqualTo("practice.proposed");
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.schoolId()).isEqualTo(p.schoolId()).isEqualTo("1");
        assertThat(p.proposalId()).isEqualTo(UUID.fromString("0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"));
        assertThat(p.source()).isEqualTo(PracticeProposalSource.COMPLETED_PAIR);
        assertThat(p.level()).isEqualTo(PracticeLevel.SCHOOL);
        assertThat(p.competencies()).containsExactly("организация современного урока", "формирующее оценивание");
        assertThat(p.authors()).singleElement().satisfies(a -> {
            assertThat(a.fullName()).isEqualTo("Иванова Мария Сергеевна");
            assertThat(a.email()).isEqualTo("mentor1@school1.example.ru");
        });
        assertThat(p.participants()).singleElement().satisfies(person -> {
            assertThat(person.consentRef()).isEqualTo("consent-7d6c5b4a");
            assertThat(person.publicName()).isEqualTo("Пётр А.");
        });
    }

    @Test
    void aMinimalProposalFromTheEventsServiceReadsBack() throws IOException {
        var winner = new PracticeProposalV1(UUID.randomUUID(), PracticeProposalSource.COMPETITION_WINNER, "entry-42", "3",
                "Клуб молодого учителя", null, null, null, null, null, null, null, null, null, null,
                List.of(new PracticeProposalV1.ProposedAuthor("Петрова Анна Игоревна", null, null, null)), null,
                "Победитель конкурса «Лучшие практики наставничества» (1 место)");
        var written = EventEnvelope.of(PracticeProposalEvents.FROM_COMPETITION_WINNER, "3", winner);

        EventEnvelope<PracticeProposalV1> read = json.readValue(json.writeValueAsString(written), envelope(PracticeProposalV1.class));

        assertThat(read).isEqualTo(written);
    }

    @Test
    void goldenConsentStillReadsAndCarriesNoName() throws IOException {
        byte[] sample = GoldenSamples.read(PracticeConsentEvents.CHANGED);
        EventEnvelope<PracticeConsentV1> event = json.readValue(sample, envelope(PracticeConsentV1.class));

        assertThat(event.payload().consentRef()).isEqualTo("consent-7d6c5b4a");
        assertThat(event.payload().status()).isEqualTo(PracticeConsentStatus.ON_RECORD);
        assertThat(event.payload().changedAt()).isEqualTo(Instant.parse("2026-12-05T09:29:58Z"));
        assertThat(new String(sample, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Пётр");
    }

    @Test
    void goldenUsageStillReads() throws IOException {
        EventEnvelope<PracticeUsageV1> event = json.readValue(GoldenSamples.read(PracticeUsageEvents.CHANGED),
                envelope(PracticeUsageV1.class));

        assertThat(event.payload().practiceId()).isEqualTo(UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"));
        assertThat(event.payload().schoolId()).isEqualTo("2");
        assertThat(event.payload().linked()).isTrue();
    }
}
