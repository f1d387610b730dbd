package ru.mentoring.school.meeting;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.school.Api;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.documents.DocumentSpec;
import ru.mentoring.support.documents.Docx;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.school.Api.list;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * The meeting log: meetings logged by one side and confirmed by the other, the refusals that write nothing,
 * intermediate results as files checked by what they are, and a teacher pair's curator who sees the dates
 * and kinds but not what the teachers wrote.
 */
@MicronautTest(transactional = false)
class MeetingIT {

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject Today today;
    @Inject DSLContext sql;
    @Inject Transactions tx;

    private Api api() {
        return new Api(http);
    }

    @Test
    void theMentorLogsAMeetingAndTheMenteeConfirmsIt() {
        LocalDate start = today.date().minusDays(14);
        UUID pupil = PairFixtures.pupil(http, "curator1", "Зайцева Ника " + UUID.randomUUID(), "7А", today.date());
        UUID mentor = DirectoryFixtures.mentor(context, "Иванова Мария Сергеевна", "1", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor1@mentoring.local");
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start,
                start.plusMonths(5));
        PairFixtures.linkMenteeLogin(sql, tx, pupil);

        Map<String, Object> meeting = api().post("mentor1", "/api/pairs/" + pair + "/meetings", meeting(start.plusDays(2),
                "ACQUAINTANCE", "Знакомство и правила работы"));
        assertThat(meeting).containsEntry("kindTitle", "встреча-знакомство").containsEntry("formatTitle", "очно")
                .containsEntry("loggedBy", "MENTOR").containsEntry("confirmed", false).containsEntry("canConfirm", false);
        String id = (String) meeting.get("id");

        var own = api().refusedPost("mentor1", "/api/pairs/" + pair + "/meetings/" + id + "/confirmation", Map.of());
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.body()).contains("подтверждает другая сторона");

        Map<String, Object> log = api().get(PairFixtures.MENTEE_LOGIN, "/api/pairs/" + pair + "/meetings");
        assertThat(log).containsEntry("held", 1).containsEntry("toConfirm", 1)
                .containsEntry("lastMeetingOn", start.plusDays(2).toString());
        Map<String, Object> confirmed = api().post(PairFixtures.MENTEE_LOGIN, "/api/pairs/" + pair + "/meetings/" + id
                + "/confirmation", Map.of());
        assertThat(confirmed).containsEntry("confirmed", true).containsEntry("confirmedBy", "MENTEE")
                .containsEntry("confirmedOn", today.date().toString());
        assertThat(api().refusedPost("curator1", "/api/pairs/" + pair + "/meetings/" + id + "/confirmation", Map.of())
                .status()).as("confirmed once").isEqualTo(409);

        Map<String, Object> byMentee = api().post(PairFixtures.MENTEE_LOGIN, "/api/pairs/" + pair + "/meetings",
                meeting(start.plusDays(9), "TRIAL", "Пробное занятие"));
        assertThat(api().refusedPost("curator1", "/api/pairs/" + pair + "/meetings/" + byMentee.get("id") + "/confirmation",
                Map.of()).body()).contains("записанную наставляемым, подтверждает наставник");
        assertThat(api().post("mentor1", "/api/pairs/" + pair + "/meetings/" + byMentee.get("id") + "/confirmation", Map.of()))
                .containsEntry("confirmedBy", "MENTOR");
        assertThat(api().refusedGet("curator2", "/api/pairs/" + pair + "/meetings").status()).isEqualTo(404);
    }

    @Test
    void aMeetingOutsideThePairsTermOrASecondFinalOneIsRefusedAndNothingIsWritten() {
        LocalDate start = today.date().minusDays(30);
        UUID pair = pupilPair(start, today.date().plusMonths(2));
        api().post("curator1", "/api/pairs/" + pair + "/meetings", meeting(start.plusDays(20), "FINAL", "Итоги"));

        var refused = api().refusedPost("curator1", "/api/pairs/" + pair + "/meetings", Map.of("date",
                start.minusDays(1).toString(), "kind", "FINAL", "format", "VIDEO", "topic", " ", "durationMinutes", 0));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errors()).extracting(e -> e.get("field"))
                .containsExactly("date", "format", "topic", "durationMinutes", "kind");
        assertThat(refused.messages()).anySatisfy(m -> assertThat(m).contains("раньше начала работы пары"))
                .anySatisfy(m -> assertThat(m).contains("Итоговая встреча у пары уже есть"))
                .anySatisfy(m -> assertThat(m).contains("от 1 до 600 минут"));
        var future = api().refusedPost("curator1", "/api/pairs/" + pair + "/meetings",
                meeting(today.date().plusDays(1), "REGULAR", "Будущая"));
        assertThat(future.messages()).singleElement().asString().contains("ещё не прошла");
        assertThat(api().get("curator1", "/api/pairs/" + pair + "/meetings").get("held")).isEqualTo(1);

        LocalDate shortStart = today.date().minusDays(60);
        UUID ended = pupilPair(shortStart, today.date().minusDays(10));
        assertThat(api().refusedPost("curator1", "/api/pairs/" + ended + "/meetings", meeting(today.date().minusDays(5),
                "REGULAR", "После срока")).messages()).singleElement().asString().contains("позже окончания работы пары");
    }

    @Test
    void aPairThatDoesNotWorkYetTakesNoMeetings() {
        UUID pupil = PairFixtures.pupil(http, "curator1", "Ждущая Пара " + UUID.randomUUID(), "9А", today.date());
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Ожидающий Наставник", 2, null);
        Map<String, Object> waiting = api().post("curator1", "/api/pairs", Map.of("mentorId", mentor, "menteeIds",
                List.of(pupil), "form", "PUPIL_PUPIL", "startsOn", today.date().toString(), "endsOn",
                today.date().plusMonths(3).toString()));
        var refused = api().refusedPost("curator1", "/api/pairs/" + waiting.get("id") + "/meetings",
                meeting(today.date(), "ACQUAINTANCE", "Знакомство"));
        assertThat(refused.body()).contains("Пара ещё не начала работу");
    }

    @Test
    void filesOfResultsAreCheckedByWhatTheyAreNotByTheirNames() throws Exception {
        UUID pair = pupilPair(today.date().minusDays(7), today.date().plusMonths(3));
        String meeting = (String) api().post("curator1", "/api/pairs/" + pair + "/meetings",
                meeting(today.date(), "PLANNING", "Планирование")).get("id");
        String path = "/api/pairs/" + pair + "/meetings/" + meeting + "/files";

        byte[] docx = Docx.render(new DocumentSpec("Отчёт", List.of(new DocumentSpec.Paragraph("Промежуточный результат"))));
        Map<String, Object> stored = upload(path, "отчёт.docx", docx);
        assertThat(stored).containsEntry("name", "отчёт.docx").containsEntry("size", docx.length);
        assertThat((String) stored.get("contentType")).contains("wordprocessingml");
        var back = api().download("curator1", "/api/pairs/" + pair + "/files/" + stored.get("id"));
        assertThat(back.body()).isEqualTo(docx);
        assertThat(String.valueOf(api().get("curator1", "/api/pairs/" + pair + "/meetings").get("items"))).contains("отчёт.docx");
        assertThat(upload(path, "заметки.txt", "План на месяц: дроби".getBytes(StandardCharsets.UTF_8)))
                .containsEntry("contentType", "text/plain; charset=utf-8");

        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';
        assertThat(refusedUpload(path, "итоги.pdf", program)).contains("Такой файл приложить нельзя", "PDF, DOCX");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        assertThat(refusedUpload(path, "большой.pdf", big)).contains("больше 10 МБ");
        for (int i = 0; i < 8; i++) {
            upload(path, "фото-" + i + ".png", png());
        }
        assertThat(refusedUpload(path, "лишний.png", png())).contains("уже приложено 10 файлов");
        assertThat(api().refusedGet("curator2", "/api/pairs/" + pair + "/files/" + stored.get("id")).status()).isEqualTo(404);
    }

    @Test
    void aTeacherPairsCuratorSeesDatesAndKindsButNotWhatTheTeachersWrote() {
        LocalDate start = today.date().minusDays(20);
        UUID teacher = PairFixtures.teacher(http, "curator1", "Орлова Дина " + UUID.randomUUID(), today.date());
        UUID mentor = DirectoryFixtures.mentor(context, "Иванова Мария Сергеевна", "1", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor1@mentoring.local");
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(teacher), "TEACHER_TEACHER",
                start, start.plusMonths(6));
        Map<String, Object> body = new HashMap<>(meeting(start.plusDays(3), "PLANNING", "Разбор урока в 8Б"));
        body.put("result", "Сложности с дисциплиной");
        api().post("mentor1", "/api/pairs/" + pair + "/meetings", body);

        Map<String, Object> log = api().get("curator1", "/api/pairs/" + pair + "/meetings");
        assertThat(log).containsEntry("limitedView", true).containsEntry("held", 1);
        Map<String, Object> seen = list(log, "items").getFirst();
        assertThat(seen).containsEntry("date", start.plusDays(3).toString()).containsEntry("kind", "PLANNING")
                .containsEntry("canConfirm", true);
        assertThat(seen.get("topic")).isNull();
        assertThat(seen.get("result")).isNull();
        assertThat(list(api().get("mentor1", "/api/pairs/" + pair + "/meetings"), "items").getFirst())
                .containsEntry("result", "Сложности с дисциплиной");
    }

    private UUID pupilPair(LocalDate start, LocalDate end) {
        UUID pupil = PairFixtures.pupil(http, "curator1", "Ушаков Лев " + UUID.randomUUID(), "6Б", today.date());
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Наставник Журнала", 3, null);
        return PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start, end);
    }

    private static Map<String, Object> meeting(LocalDate date, String kind, String topic) {
        return Map.of("date", date.toString(), "kind", kind, "format", "IN_PERSON", "topic", topic, "durationMinutes", 45);
    }

    private Map<String, Object> upload(String path, String name, byte[] content) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, MultipartBody.builder()
                        .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Authorization", bearer("curator1")),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }

    private String refusedUpload(String path, String name, byte[] content) {
        var refused = api().refused("curator1", HttpRequest.POST(path, MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        return refused.body();
    }

    private static byte[] png() {
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
        return png;
    }
}
