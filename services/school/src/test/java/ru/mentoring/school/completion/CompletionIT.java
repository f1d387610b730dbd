package ru.mentoring.school.completion;

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
import ru.mentoring.model.pair.PairEvents;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.model.pair.PairChangedV1;
import ru.mentoring.model.pair.PairDecision;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.model.pair.TerminationInitiator;
import ru.mentoring.school.Api;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.school.Api.list;
import static ru.mentoring.support.jooq.Tables.OUTBOX;

/**
 * How a pair ends: completion with results, the mutual assessment and the decision, early termination with
 * an initiator and a reason from the school's list. Both leave as pair.changed in the outbox — the event the
 * mentor bank gives the mentor's seats back on — with the figures monitoring counts and no one's name.
 */
@MicronautTest(transactional = false)
class CompletionIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<EventEnvelope<PairChangedV1>> PAIR_EVENT =
            (Argument) Argument.of(EventEnvelope.class, PairChangedV1.class);

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
    void aPairThatNeverMetIsNotCompletedAndNothingChanges() {
        UUID pair = pupilPair("Тихонов Егор " + UUID.randomUUID()).pair();
        var refused = api().refusedPost("curator1", "/api/pairs/" + pair + "/completion", Map.of("results", "Итоги",
                "decision", "STOP"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Пара не провела ни одной встречи: завершить её нельзя");
        assertThat(api().get("curator1", "/api/pairs/" + pair)).containsEntry("status", "ACTIVE").containsEntry("completion", null);
        assertThat(events(pair)).extracting(e -> e.payload().status()).containsOnly(PairStatus.AWAITING_CONFIRMATION,
                PairStatus.ACTIVE);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aTeacherPairIsCompletedWithTheReadinessVerdictAndItsEventGivesTheSeatBack() throws IOException {
        LocalDate start = today.date().minusDays(60);
        String name = "Лаврова Анна " + UUID.randomUUID();
        UUID teacher = PairFixtures.teacher(http, "curator1", name, today.date());
        UUID mentor = DirectoryFixtures.mentor(context, "Иванова Мария Сергеевна", "1", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor1@mentoring.local");
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(teacher), "TEACHER_TEACHER",
                start, start.plusMonths(6));
        api().put("mentor1", "/api/pairs/" + pair + "/plan", Map.of("tasks", List.of(
                task("DEVELOPMENT", "Открытый урок", start.plusDays(30), true),
                task("DOCUMENTATION", "Отчёт за полугодие", start.plusDays(90), false))));
        meeting(pair, start.plusDays(1), "ACQUAINTANCE");
        meeting(pair, start.plusDays(40), "FINAL");
        api().post("mentor1", "/api/pairs/" + pair + "/assessments", Map.of("score", 6, "text", "Поначалу трудно"));
        assertThat(api().post("mentor1", "/api/pairs/" + pair + "/assessments", Map.of("score", 8, "text", "Растёт на глазах")))
                .containsEntry("side", "MENTOR").containsEntry("score", 8);
        assertThat(api().refusedPost("curator1", "/api/pairs/" + pair + "/assessments", Map.of("score", 5)).status())
                .isEqualTo(403);

        var noVerdict = api().refusedPost("mentor1", "/api/pairs/" + pair + "/completion", Map.of("results",
                "Ведёт уроки самостоятельно", "decision", "STOP"));
        assertThat(noVerdict.errors()).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "readiness"));
        assertThat(api().get("curator1", "/api/pairs/" + pair).get("status")).isEqualTo("ACTIVE");

        Map<String, Object> completed = api().post("mentor1", "/api/pairs/" + pair + "/completion", Map.of("results",
                "Ведёт уроки самостоятельно", "decision", "STOP", "readiness", "READY_WITH_SUPPORT"));
        assertThat(completed).containsEntry("status", "COMPLETED").containsEntry("endedOn", today.date().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> completion = (Map<String, Object>) completed.get("completion");
        assertThat(completion).containsEntry("results", "Ведёт уроки самостоятельно").containsEntry("mentorScore", 8)
                .containsEntry("decisionTitle", "завершить наставничество")
                .containsEntry("readinessTitle", "готов при условии дополнительного сопровождения");

        EventEnvelope<PairChangedV1> last = events(pair).getLast();
        PairChangedV1 ended = last.payload();
        assertThat(ended.status()).isEqualTo(PairStatus.COMPLETED);
        assertThat(ended.endedOn()).isEqualTo(today.date());
        assertThat(ended.seats()).isEqualTo(1);
        assertThat(ended.meetingsHeld()).isEqualTo(2);
        assertThat(ended.planDone()).isEqualTo(1);
        assertThat(ended.planTotal()).isEqualTo(2);
        assertThat(ended.mentorScore()).isEqualTo(8);
        assertThat(ended.menteeScore()).isNull();
        assertThat(ended.decision()).isEqualTo(PairDecision.STOP);
        assertThat(lastPayload(pair)).doesNotContain(name).doesNotContain("Ведёт уроки").doesNotContain("Растёт");
        Map<?, ?> golden = (Map<?, ?>) json.readValue(GoldenSamples.read(PairEvents.CHANGED, 1), Map.class).get("payload");
        Map<?, ?> produced = (Map<?, ?>) json.readValue(lastPayload(pair), Map.class).get("payload");
        assertThat(produced.keySet()).as("the event as the 1.1 golden sample names it").containsAll((java.util.Set) golden.keySet());
        assertThat(api().get("curator1", "/api/mentees/" + teacher).get("status")).isEqualTo("COMPLETED");

        assertThat(api().refusedPost("mentor1", "/api/pairs/" + pair + "/completion", Map.of("results", "Ещё раз",
                "decision", "STOP", "readiness", "READY")).body()).contains("Пара уже завершена");
        assertThat(api().refusedPost("mentor1", "/api/pairs/" + pair + "/assessments", Map.of("score", 9)).body())
                .contains("пока пара работает");
    }

    @Test
    void toContinueThePairNamesANewTopicAndTermAndTheFollowUpWaitsForTheSeats() {
        var made = pupilPair("Фомина Зоя " + UUID.randomUUID());
        UUID pair = made.pair();
        meeting(pair, made.start().plusDays(3), "ACQUAINTANCE");

        var incomplete = api().refusedPost("curator1", "/api/pairs/" + pair + "/completion", Map.of("results",
                "Подтянула алгебру", "decision", "CONTINUE"));
        assertThat(incomplete.errors()).extracting(e -> e.get("field")).containsExactly("continueTopic", "continueUntil");
        var wrong = api().refusedPost("curator1", "/api/pairs/" + pair + "/completion", Map.of("decision", "MAYBE"));
        assertThat(wrong.messages()).containsExactly("Опишите результаты работы пары", "Решение: одно из CONTINUE, STOP");

        LocalDate until = today.date().plusMonths(4);
        Map<String, Object> completed = api().post("curator1", "/api/pairs/" + pair + "/completion", Map.of("results",
                "Подтянула алгебру", "decision", "CONTINUE", "continueTopic", "Подготовка к ОГЭ", "continueUntil",
                until.toString(), "mentorScore", 9, "menteeScore", 10, "menteeText", "Спасибо!"));
        String followUp = (String) completed.get("followUpPairId");
        assertThat(followUp).isNotNull();
        Map<String, Object> next = api().get("curator1", "/api/pairs/" + followUp);
        assertThat(next).containsEntry("status", "AWAITING_CONFIRMATION").containsEntry("variant", "Подготовка к ОГЭ")
                .containsEntry("endsOn", until.toString()).containsEntry("startsOn", today.date().toString());
        assertThat(list(next, "mentees")).extracting(m -> m.get("id")).containsExactly(made.pupil().toString());

        List<EventEnvelope<PairChangedV1>> ordered = events(pair);
        assertThat(ordered).extracting(e -> e.payload().pairId().toString() + ":" + e.payload().status())
                .as("the seats are given back before the follow-up asks for them")
                .endsWith(pair + ":COMPLETED", followUp + ":AWAITING_CONFIRMATION");
        PairChangedV1 ended = ordered.get(ordered.size() - 2).payload();
        assertThat(ended.decision()).isEqualTo(PairDecision.CONTINUE);
        assertThat(ended.followUpPairId()).hasToString(followUp);
        assertThat(ended.menteeScore()).isEqualTo(10);
    }

    @Test
    void anEarlyEndNeedsAnInitiatorAndAReasonFromTheSchoolsOwnList() {
        UUID pair = pupilPair("Гусев Тимур " + UUID.randomUUID()).pair();
        Map<String, Object> reasons = api().get("curator1", "/api/termination-reasons");
        assertThat(list(reasons, "items")).extracting(r -> r.get("code")).contains("MOVED", "MENTEE_REFUSED", "OTHER");
        Map<String, Object> own = api().post("curator1", "/api/termination-reasons", Map.of("title",
                "Длительная болезнь " + UUID.randomUUID()));
        String code = (String) own.get("code");
        api().put("curator1", "/api/termination-reasons/" + code, Map.of("title", own.get("title"), "active", false));
        assertThat(api().refusedPost("curator1", "/api/termination-reasons", Map.of("title", "другое")).status())
                .as("the same reason twice").isEqualTo(409);

        var refused = api().refusedPost("curator1", "/api/pairs/" + pair + "/termination", Map.of("reason", code));
        assertThat(refused.messages()).containsExactly(
                "Укажите, кто инициирует прекращение: наставник, наставляемый, куратор или родитель",
                "Причина «" + own.get("title") + "» больше не используется");
        assertThat(api().refusedPost("curator1", "/api/pairs/" + pair + "/termination", Map.of("initiator", "GUARDIAN",
                "reason", "NO_SUCH")).messages()).containsExactly("Такой причины нет в списке школы");
        assertThat(api().refusedPost("mentor1", "/api/pairs/" + pair + "/termination", Map.of("initiator", "MENTOR",
                "reason", "MOVED")).status()).isEqualTo(403);
        assertThat(api().get("curator1", "/api/pairs/" + pair).get("status")).isEqualTo("ACTIVE");

        Map<String, Object> ended = api().post("curator1", "/api/pairs/" + pair + "/termination", Map.of("initiator",
                "GUARDIAN", "reason", "MOVED", "comment", "Семья переехала в другой город"));
        assertThat(ended).containsEntry("status", "TERMINATED");
        @SuppressWarnings("unchecked")
        Map<String, Object> termination = (Map<String, Object>) ended.get("termination");
        assertThat(termination).containsEntry("initiatorTitle", "родитель (законный представитель)")
                .containsEntry("reasonTitle", "Переезд или переход наставляемого в другую организацию");
        PairChangedV1 event = events(pair).getLast().payload();
        assertThat(event.status()).isEqualTo(PairStatus.TERMINATED);
        assertThat(event.terminationInitiator()).isEqualTo(TerminationInitiator.GUARDIAN);
        assertThat(event.terminationReason()).isEqualTo("MOVED");
        assertThat(event.meetingsHeld()).isZero();
        assertThat(lastPayload(pair)).doesNotContain("переехала");
    }

    private record Made(UUID pair, UUID pupil, LocalDate start) {
    }

    private Made pupilPair(String name) {
        LocalDate start = today.date().minusDays(20);
        UUID pupil = PairFixtures.pupil(http, "curator1", name, "8Б", today.date());
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Наставник Итогов", 3, null);
        return new Made(PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL",
                start, start.plusMonths(5)), pupil, start);
    }

    private void meeting(UUID pair, LocalDate date, String kind) {
        api().post("curator1", "/api/pairs/" + pair + "/meetings", Map.of("date", date.toString(), "kind", kind,
                "format", "ONLINE", "topic", "Встреча", "durationMinutes", 40));
    }

    private static Map<String, Object> task(String section, String title, LocalDate due, boolean done) {
        Map<String, Object> task = new HashMap<>();
        task.put("section", section);
        task.put("title", title);
        task.put("dueOn", due.toString());
        task.put("done", done);
        return task;
    }

    /** The pair's events as the relay hands them to Kafka, in the order it sends them (under the pair's key). */
    private List<EventEnvelope<PairChangedV1>> events(UUID pair) {
        return tx.read(() -> sql.select(OUTBOX.PAYLOAD).from(OUTBOX).where(OUTBOX.AGGREGATEID.eq(pair.toString()),
                OUTBOX.TYPE.eq("pair.changed")).orderBy(OUTBOX.SEQ).fetch(r -> r.value1().data())).stream().map(this::read)
                .toList();
    }

    private String lastPayload(UUID pair) {
        return tx.read(() -> sql.select(OUTBOX.PAYLOAD).from(OUTBOX).where(OUTBOX.AGGREGATEID.eq(pair.toString()))
                .orderBy(OUTBOX.SEQ.desc()).limit(1).fetchOne(r -> r.value1().data()));
    }

    private EventEnvelope<PairChangedV1> read(String data) {
        try {
            return json.readValue(data, PAIR_EVENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
