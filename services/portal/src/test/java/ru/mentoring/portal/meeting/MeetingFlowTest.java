package ru.mentoring.portal.meeting;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.FormBody;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.support.time.Today;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting log through HTTP: a meeting logged, refused with every reason under its field, confirmed, a file. */
class MeetingFlowTest {

    private static final String PAIR = "/school/api/pairs/" + SchoolMother.PAIR;

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    private final java.time.LocalDate today = portal.bean(Today.class).date();
    // the pair started a month ago: meeting dates are compared with its start and with today
    private final java.time.LocalDate start = today.minusMonths(1);

    private Backends pupilPair() {
        return backends.answer("GET " + PAIR, 200, startingOn(PairWorkJson.activePupilPair()));
    }

    private String startingOn(String json) {
        return json.replaceFirst("\"startsOn\":\"[0-9-]+\"", "\"startsOn\":\"" + start + "\"");
    }

    @Test
    void aMeetingIsSentAsTypedAndTheOtherSideIsToldToConfirmIt() {
        pupilPair().answer("POST " + PAIR + "/meetings", 201, PairWorkJson.meeting(today.toString(), "ACQUAINTANCE"));
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        backends.answer("GET /school/api/me/pairs/" + SchoolMother.PAIR, 200, startingOn(
                PairWorkJson.ownPair().replace(SchoolMother.TEACHER_PAIR.toString(), SchoolMother.PAIR.toString())));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/meetings/new", mentor, FormBody.TYPE,
                FormBody.of("date", ru.mentoring.portal.web.Dates.day(today), "kind", "ACQUAINTANCE", "format", "ONLINE", "topic", "Знакомство",
                        "result", "Договорились встречаться по вторникам", "durationMinutes", "45"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/my-pairs/" + SchoolMother.PAIR + "#meetings");
        assertThat(backends.calls("POST " + PAIR + "/meetings").getFirst().body()).contains("\"date\":\"" + today + "\"",
                "\"kind\":\"ACQUAINTANCE\"", "\"format\":\"ONLINE\"", "\"topic\":\"Знакомство\"",
                "\"result\":\"Договорились встречаться по вторникам\"", "\"durationMinutes\":45");
        Rendered back = new Rendered(portal.get("/", mentor).body());
        assertThat(back.text()).contains("Встреча записана: " + ru.mentoring.portal.web.Dates.day(today)
                + ". Её подтвердит наставляемый или куратор.");
    }

    @Test
    void everyProblemTheCuratorTypedIsSaidAtOnceBeforeTheServiceIsAsked() {
        pupilPair();
        String tomorrow = today.plusDays(1).toString();

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/meetings/new", curator,
                FormBody.TYPE, FormBody.of("date", tomorrow, "kind", "", "format", "SOMETIMES", "topic", "",
                        "result", "записано заранее", "durationMinutes", "900"));

        assertThat(answer.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("date").errors())
                .containsExactly("Встреча ещё не прошла: запишите её после того, как она состоится");
        assertThat(page.field("kind").errors()).containsExactly("Выберите вид встречи");
        assertThat(page.field("format").errors()).containsExactly("Выберите формат встречи из списка");
        assertThat(page.field("topic").errors()).containsExactly("Укажите тему встречи");
        assertThat(page.field("durationMinutes").errors()).containsExactly("Длительность — целое число минут от 1 до 600");
        assertThat(page.field("result").html()).contains("записано заранее");
        assertThat(page.summary()).hasSize(5);
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void aMeetingBeforeThePairStartedIsRefusedByThePortal() {
        pupilPair();

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/meetings/new", curator,
                FormBody.TYPE, FormBody.of("date", start.minusDays(10).toString(), "kind", "ACQUAINTANCE", "format", "IN_PERSON",
                        "topic", "Знакомство", "result", "", "durationMinutes", ""));

        assertThat(new Rendered(answer.body()).field("date").errors())
                .containsExactly("Встреча раньше начала работы пары (" + ru.mentoring.portal.web.Dates.day(start) + ")");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void theServicesJoinedRefusalLandsUnderTheFieldsItIsAbout() {
        pupilPair().answer("POST " + PAIR + "/meetings", 422, Answers.problem(422, "Данные не прошли проверку",
                "Итоговая встреча у пары уже записана; Дата встречи позже окончания работы пары",
                "[{\"field\":null,\"message\":\"Итоговая встреча у пары уже записана; Дата встречи позже окончания работы пары\"}]"));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/meetings/new", curator,
                FormBody.TYPE, FormBody.of("date", today.toString(), "kind", "FINAL", "format", "IN_PERSON",
                        "topic", "Итоги", "result", "", "durationMinutes", "60"));

        assertThat(answer.statusCode()).isEqualTo(422);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("kind").errors()).containsExactly("Итоговая встреча у пары уже записана");
        assertThat(page.field("date").errors()).containsExactly("Дата встречи позже окончания работы пары");
        assertThat(page.field("kind").html()).contains("<option value=\"FINAL\" selected=\"selected\">");
    }

    @Test
    void theCuratorConfirmsTheMentorsMeeting() {
        backends.answer("POST " + PAIR + "/meetings/" + PairWorkJson.MEETING_WAITING + "/confirmation", 200,
                PairWorkJson.meeting("2026-10-08", "TRIAL"));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/meetings/"
                + PairWorkJson.MEETING_WAITING + "/confirmation", curator, Map.of());

        assertThat(answer.headers().firstValue("Location")).hasValue("/pairs/" + SchoolMother.PAIR + "#meetings");
        assertThat(backends.calls("POST")).hasSize(1);
    }

    @Test
    void aFileGoesOnToTheServiceAndItsRefusalIsSaidOnThePage() {
        String path = "/pairs/" + SchoolMother.PAIR + "/meetings/" + PairWorkJson.MEETING_CONFIRMED + "/files";
        backends.answer("POST /school/api" + path, 201,
                "{\"id\":\"" + PairWorkJson.FILE + "\",\"name\":\"итоги.pdf\",\"size\":9}");
        String boundary = "----portal-test";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"итоги.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = portal.post(path, curator, "multipart/form-data; boundary=" + boundary, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(backends.calls("POST /school/api" + path).getFirst().body()).startsWith("file ").contains(" 8 ");

        backends.answer("POST /school/api" + path, 422, Answers.problem(422, "Данные не прошли проверку",
                "Файл такого типа прикрепить нельзя: подойдут PDF, DOCX, XLSX, PPTX, JPEG, PNG и TXT", "[]"));
        String cookie = curator;
        portal.post(path, cookie, "multipart/form-data; boundary=" + boundary, body);
        backends.answer("GET " + PAIR, 200, PairWorkJson.activePupilPair())
                .answer("GET " + PAIR + "/plan", 200, PairWorkJson.plan(SchoolMother.PAIR))
                .answer("GET " + PAIR + "/meetings", 200, PairWorkJson.meetings());
        Rendered page = new Rendered(portal.get("/pairs/" + SchoolMother.PAIR, cookie).body());
        assertThat(page.text()).contains("Файл такого типа прикрепить нельзя");
    }

    @Test
    void aFileOfSeveralMegabytesPassesThePortal() {
        String path = "/pairs/" + SchoolMother.PAIR + "/meetings/" + PairWorkJson.MEETING_CONFIRMED + "/files";
        backends.answer("POST /school/api" + path, 201,
                "{\"id\":\"" + PairWorkJson.FILE + "\",\"name\":\"scan.png\",\"size\":3000000}");
        String boundary = "----portal-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 3_000_000 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + 3_000_000, tail.length);

        HttpResponse<String> answer = portal.post(path, curator, "multipart/form-data; boundary=" + boundary, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(backends.calls("POST /school/api" + path).getFirst().body()).contains(" 3000000 ");
    }

    @Test
    void anAttachedFileIsHandedOnAsStored() {
        backends.answer("GET " + PAIR + "/files/" + PairWorkJson.FILE, 200, "application/pdf", "%PDF-1.7".getBytes(),
                Map.of("Content-Disposition", "attachment; filename*=UTF-8''itogi.pdf"));

        HttpResponse<byte[]> file = portal.download("/pairs/" + SchoolMother.PAIR + "/files/" + PairWorkJson.FILE, curator);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename*=UTF-8''itogi.pdf");
    }
}
