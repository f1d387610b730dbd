package ru.mentoring.school.documents;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.school.Api;
import ru.mentoring.school.Documents;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.time.Today;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The mentor's report with the readiness verdict and the order on the year's results, read back as text. */
@MicronautTest(transactional = false)
class PairDocumentsIT {

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject Today today;

    private Api api() {
        return new Api(http);
    }

    @Test
    void theMentorsReportAndTheOrderOnResultsReadRight() {
        LocalDate start = today.date().minusDays(120);
        String teacher = "Гордеева Анна " + UUID.randomUUID().toString().substring(0, 6);
        UUID teacherId = PairFixtures.teacher(http, "curator1", teacher, today.date());
        UUID mentor = DirectoryFixtures.mentor(context, "Иванова Мария Сергеевна", "1", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor1@mentoring.local");
        UUID teacherPair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(teacherId),
                "TEACHER_TEACHER", start, start.plusMonths(6));
        String task = "Открытый урок по информатике " + UUID.randomUUID().toString().substring(0, 6);
        api().put("mentor1", "/api/pairs/" + teacherPair + "/plan", Map.of("tasks", List.of(Map.of("section",
                "DEVELOPMENT", "title", task, "dueOn", start.plusDays(60).toString(), "done", true, "reportingForm",
                "конспект урока"))));
        api().post("mentor1", "/api/pairs/" + teacherPair + "/meetings", Map.of("date", start.plusDays(1).toString(),
                "kind", "ACQUAINTANCE", "format", "IN_PERSON", "topic", "Знакомство с классом"));

        String before = Documents.text(api().download("mentor1", "/api/pairs/" + teacherPair + "/mentor-report?format=pdf")
                .body(), "pdf");
        assertThat(before).contains("ОТЧЁТ НАСТАВНИКА", teacher, task, "встреча-знакомство",
                "готов / готов при условии дополнительного сопровождения / не готов");

        api().post("mentor1", "/api/pairs/" + teacherPair + "/assessments", Map.of("score", 8, "text", "Уверенно ведёт уроки"));
        api().post("mentor1", "/api/pairs/" + teacherPair + "/completion", Map.of("results", "Ведёт уроки самостоятельно",
                "decision", "STOP", "readiness", "READY_WITH_SUPPORT"));
        String pupil = "Лучин Пётр " + UUID.randomUUID().toString().substring(0, 6);
        UUID pupilId = PairFixtures.pupil(http, "curator1", pupil, "7Б", today.date());
        UUID pupilPair = PairFixtures.activePair(http, context, "curator1", "1",
                DirectoryFixtures.municipalMentor(context, "Наставник Ученика", 3, null), List.of(pupilId), "PUPIL_PUPIL",
                start, start.plusMonths(6));
        api().post("curator1", "/api/pairs/" + pupilPair + "/termination", Map.of("initiator", "GUARDIAN", "reason", "MOVED"));

        for (String format : List.of("pdf", "docx")) {
            String report = Documents.text(api().download("curator1", "/api/pairs/" + teacherPair
                    + "/mentor-report?format=" + format).body(), format);
            assertThat(report).contains("ОТЧЁТ НАСТАВНИКА", "Иванова Мария Сергеевна", task, "Ведёт уроки самостоятельно",
                    "Уверенно ведёт уроки", "Вывод: готов при условии дополнительного сопровождения");
            String year = URLEncoder.encode(today.schoolYear(), StandardCharsets.UTF_8);
            String order = Documents.text(api().download("curator1", "/api/documents/results-order?year=" + year
                    + "&format=" + format).body(), format);
            assertThat(order).contains("ПРИКАЗ", "Об итогах реализации программы наставничества в " + today.schoolYear(),
                    teacher, "Ведёт уроки самостоятельно", "готов при условии дополнительного сопровождения", pupil,
                    "Прекращена досрочно", "Переезд или переход наставляемого в другую организацию",
                    "Объявить благодарность наставникам");
        }
        assertThat(api().refusedGet("curator1", "/api/documents/results-order?year=2026-2027").body())
                .contains("Учебный год указывается как 2026/2027");
        assertThat(api().refusedGet("curator2", "/api/pairs/" + teacherPair + "/mentor-report").status()).isEqualTo(404);
    }
}
