package ru.mentoring.school.practiceproposal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.GoldenSamples;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.model.practice.PracticeProposalEvents;
import ru.mentoring.model.practice.PracticeProposalSource;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.school.Api;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.school.Api.list;
import static ru.mentoring.support.jooq.Tables.OUTBOX;

/**
 * A completed pair becomes a draft of the practice library only naming people whose distribution consent is
 * in force; what leaves is the practice.proposed contract with each person as the consent's reference and
 * the public form of the name, never the pupil's full name, class or what was written about them.
 */
@MicronautTest(transactional = false)
class PracticeProposalIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<PracticeProposalV1>> PROPOSAL =
            (Argument) Argument.of(EventEnvelope.class, PracticeProposalV1.class);

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject Today today;
    @Inject DSLContext sql;
    @Inject Transactions tx;
    @Inject ObjectMapper json;

    private Api api() {
        return new Api(http);
    }

    @Test
    void aCompletedPupilPairIsProposedOnlyWithTheDistributionConsentOfEveryoneItNames() throws Exception {
        LocalDate start = today.date().minusDays(90);
        String surname = "Лучин" + UUID.randomUUID().toString().substring(0, 6);
        String fullName = surname + " Пётр Ильич";
        UUID pupil = PairFixtures.pupil(http, "curator1", fullName, "7Б", today.date());
        UUID mentor = DirectoryFixtures.mentor(context, "Петров Алексей Викторович", "2", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor2@school2.example.ru");
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start,
                start.plusMonths(5));
        String path = "/api/pairs/" + pair + "/practice-proposal";
        assertThat(api().refusedPost("curator1", path, Map.of("title", "Рано", "participants", List.of())).body())
                .contains("только завершённую пару");

        api().post("mentor2", "/api/pairs/" + pair + "/meetings", Map.of("date", start.plusDays(2).toString(), "kind",
                "ACQUAINTANCE", "format", "ONLINE", "topic", "Знакомство"));
        api().post("mentor2", "/api/pairs/" + pair + "/completion", Map.of("results", "Петя " + surname
                + " закрыл четверть на 4", "decision", "STOP"));

        Map<String, Object> candidates = api().get("curator1", path);
        assertThat(candidates).containsEntry("canPropose", true);
        assertThat(list(candidates, "participants")).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("name", fullName).containsEntry("consentId", null));
        var refused = api().refusedPost("curator1", path, Map.of("title", "Математика без страха", "participants",
                List.of(pupil)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "participants")
                .extractingByKey("message").asString().contains("Нет согласия на распространение", fullName));
        assertThat(list(api().get("mentor2", path), "participants").getFirst().get("name")).as("the minimal card")
                .isEqualTo("Пётр");

        Map<String, Object> distribution = api().post("curator1", "/api/mentees/" + pupil + "/consents", Map.of("kind",
                "DISTRIBUTION", "signedBy", "GUARDIAN", "signerName", "Лучина Ольга", "signedOn", today.date().toString()));
        assertThat(list(api().get("curator1", path), "participants").getFirst()).containsEntry("publicName", "Пётр Л.")
                .containsEntry("consentId", distribution.get("id"));
        assertThat(api().refusedPost(PairFixtures.MENTEE_LOGIN, path, Map.of("title", "Не моя")).status()).isEqualTo(403);

        var accepted = api().http().toBlocking().exchange(io.micronaut.http.HttpRequest.POST(path, Map.of("title",
                        "Математика без страха", "participants", List.of(distribution.get("id"))))
                .header("Authorization", ru.mentoring.support.testing.Tokens.bearer("mentor2")), Map.class);
        assertThat(accepted.getStatus().getCode()).isEqualTo(202);
        String proposalId = (String) accepted.body().get("proposalId");

        String payload = tx.read(() -> sql.select(OUTBOX.PAYLOAD).from(OUTBOX).where(OUTBOX.AGGREGATEID.eq(proposalId))
                .fetchOne(r -> r.value1().data()));
        assertThat(payload).doesNotContain(surname).doesNotContain("7Б").doesNotContain("закрыл четверть");
        EventEnvelope<PracticeProposalV1> event = json.readValue(payload, PROPOSAL);
        assertThat(event.type()).isEqualTo(PracticeProposalEvents.TYPE);
        assertThat(event.schoolId()).isEqualTo("1");
        PracticeProposalV1 proposal = event.payload();
        assertThat(proposal.source()).isEqualTo(PracticeProposalSource.COMPLETED_PAIR);
        assertThat(proposal.sourceRef()).isEqualTo(pair.toString());
        assertThat(proposal.title()).isEqualTo("Математика без страха");
        assertThat(proposal.authors()).singleElement().satisfies(a -> {
            assertThat(a.fullName()).isEqualTo("Петров Алексей Викторович");
            assertThat(a.mentorId()).isEqualTo(mentor);
            assertThat(a.email()).as("the proposing mentor finds the draft").isEqualTo("mentor2@school2.example.ru");
        });
        assertThat(proposal.participants()).singleElement().satisfies(p -> {
            assertThat(p.consentRef()).isEqualTo(distribution.get("id"));
            assertThat(p.publicName()).isEqualTo("Пётр Л.");
        });
        assertThat(proposal.results()).as("texts about a pupil stay in the school").isNull();
        assertThat(json.readValue(GoldenSamples.read(PracticeProposalEvents.FROM_COMPLETED_PAIR), Map.class))
                .as("the golden sample names what this proposal carries").containsKeys("payload");

        assertThat(api().refusedPost("curator1", path, Map.of("title", "Ещё раз", "participants", List.of())).status())
                .isEqualTo(409);
        assertThat(api().get("curator1", path)).containsEntry("canPropose", false).containsEntry("proposalId", proposalId);
    }
}
