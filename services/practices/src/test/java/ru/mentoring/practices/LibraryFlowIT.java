package ru.mentoring.practices;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice from submission to publication through review with two experts, and on to a second
 * reviewed version, with the visibility rules checked at every step, against the real
 * PostgreSQL, Kafka and Keycloak.
 */
@MicronautTest(transactional = false)
class LibraryFlowIT {

    @Inject @Client("/") HttpClient http;

    @Test
    void submittedPracticeIsSeenOnlyByItsSchoolAndReviewersUntilPublished() {
        var api = new LibraryApi(http);
        String marker = LibraryApi.marker();
        Map<String, Object> created = api.create("curator1", LibraryApi.practice("Наставник рядом", marker));
        String id = (String) created.get("id");
        String path = "/api/practices/" + id;

        assertThat(created.get("status")).isEqualTo("SUBMITTED");
        assertThat(created.get("schoolId")).isEqualTo("1");
        assertThat(api.get("mentor1", path).get("status")).isEqualTo("SUBMITTED");
        assertThat(api.refusal(() -> api.get("curator2", path)).status()).isEqualTo(404);
        assertThat(api.refusal(() -> api.get("expert1", path)).status()).as("an expert not assigned").isEqualTo(404);
        assertThat(api.get("methodist", path).get("title")).isEqualTo(created.get("title"));

        api.post("methodist", path + "/review/experts", Map.of("experts", List.of("expert1", "expert2")));
        assertThat(api.get("expert1", path).get("status")).isEqualTo("IN_REVIEW");
        assertThat(api.refusal(() -> api.get("curator2", path)).status()).isEqualTo(404);
        assertThat(api.ids(api.search("curator2", Map.of("q", marker)))).isEmpty();

        api.publishWithTwoExperts(id);

        Map<String, Object> published = api.get("curator2", path);
        assertThat(published.get("status")).isEqualTo("PUBLISHED");
        assertThat(published.get("version")).isEqualTo(1);
        assertThat(api.ids(api.search("curator2", Map.of("q", "наставника " + marker)))).containsExactly(id);
        assertThat((List<?>) published.get("authors")).singleElement()
                .satisfies(a -> assertThat(((Map<?, ?>) a).get("email")).as("readers do not see e-mails").isNull());
    }

    @Test
    void publicationNeedsEveryAssignedExpertsSheet() {
        var api = new LibraryApi(http);
        String id = (String) api.create("curator1", LibraryApi.practice("Лист оценки", LibraryApi.marker())).get("id");
        String review = "/api/practices/" + id + "/review";

        var oneExpert = api.refusal(() -> api.post("methodist", review + "/experts", Map.of("experts", List.of("expert1"))));
        assertThat(oneExpert.status()).isEqualTo(422);
        assertThat(oneExpert.detail()).contains("не меньше 2 экспертов");
        assertThat(oneExpert.contentType()).isEqualTo("application/problem+json");

        api.post("methodist", review + "/experts", Map.of("experts", List.of("expert1", "expert2")));
        var incomplete = api.refusal(() -> api.put("expert1", review + "/sheet",
                Map.of("scores", Map.of("RELEVANCE", 7), "submit", true)));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.detail()).contains("от 0 до 5").contains("Новизна и оригинальность").contains("комментарий");

        api.put("expert1", review + "/sheet", Map.of("scores", Map.of("RELEVANCE", 5, "NOVELTY", 5, "EFFECTIVENESS", 4,
                "REPLICABILITY", 4, "TARGET_MODEL", 5, "QUALITY", 5), "comment", "Хорошо", "submit", true));
        var early = api.refusal(() -> api.post("methodist", review + "/publish", Map.of()));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.detail()).contains("expert2");
        assertThat(api.refusal(() -> api.put("curator1", review + "/sheet", Map.of())).status()).isEqualTo(403);

        Map<String, Object> state = api.get("methodist", review);
        assertThat((List<?>) state.get("sheets")).hasSize(1);
        assertThat(state.get("readyToPublish")).isEqualTo(false);
        Map<String, Object> expert2View = api.get("expert2", review);
        assertThat((List<?>) expert2View.get("sheets")).as("an expert sees others' scores only after their own").isEmpty();
    }

    @Test
    void returnedPracticeIsRevisedAndResubmittedRejectionNeedsAReason() {
        var api = new LibraryApi(http);
        String id = (String) api.create("curator1", LibraryApi.practice("Доработка", LibraryApi.marker())).get("id");
        String path = "/api/practices/" + id;

        var noReason = api.refusal(() -> api.post("methodist", path + "/review/return", Map.of("reason", " ")));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.detail()).contains("Укажите, что нужно доработать");
        assertThat(api.get("curator1", path).get("status")).isEqualTo("SUBMITTED");

        api.post("methodist", path + "/review/return", Map.of("reason", "Добавьте данные о результатах"));
        Map<String, Object> returned = api.get("mentor1", path);
        assertThat(returned.get("status")).isEqualTo("RETURNED");
        assertThat(returned.get("decisionReason")).isEqualTo("Добавьте данные о результатах");

        Map<String, Object> edited = LibraryApi.practice("Доработка исправлена", LibraryApi.marker());
        edited.put("draft", false);
        assertThat(api.put("mentor1", path, edited).get("status")).isEqualTo("SUBMITTED");

        assertThat(api.refusal(() -> api.post("methodist", path + "/review/reject", Map.of())).detail())
                .contains("Укажите причину отклонения");
        api.post("methodist", path + "/review/reject", Map.of("reason", "Повторяет опубликованную практику"));
        assertThat(api.get("curator1", path).get("status")).isEqualTo("REJECTED");
        assertThat(api.refusal(() -> api.post("methodist", path + "/review/publish", Map.of())).status()).isEqualTo(409);
    }

    @Test
    void aPublishedPracticeChangesOnlyThroughANewReviewedVersion() {
        var api = new LibraryApi(http);
        String marker = LibraryApi.marker();
        String id = (String) api.create("mentor1", LibraryApi.practice("Версии практики", marker)).get("id");
        String path = "/api/practices/" + id;
        api.publishWithTwoExperts(id);

        var edit = api.refusal(() -> api.put("mentor1", path, LibraryApi.practice("Правка без версии", marker)));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.detail()).contains("новую версию");
        assertThat(api.refusal(() -> api.post("curator2", path + "/versions", Map.of())).status()).isEqualTo(403);

        Map<String, Object> draft = api.post("mentor1", path + "/versions", Map.of());
        assertThat(draft.get("version")).isEqualTo(2);
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        Map<String, Object> reader = api.get("curator2", path);
        assertThat(reader.get("version")).as("readers keep reading the published version").isEqualTo(1);
        assertThat(api.refusal(() -> api.get("curator2", path + "?version=2")).status()).isEqualTo(404);

        Map<String, Object> second = LibraryApi.practice("Версии практики, дополненная", marker);
        second.put("draft", false);
        api.put("mentor1", path, second);
        api.publishWithTwoExperts(id);

        Map<String, Object> now = api.get("curator2", path);
        assertThat(now.get("version")).isEqualTo(2);
        assertThat((String) now.get("title")).startsWith("Версии практики, дополненная");
        assertThat(((List<?>) now.get("versions")).stream().map(v -> (Object) ((Map<?, ?>) v).get("status")).toList())
                .containsExactly("SUPERSEDED", "PUBLISHED");
        assertThat(api.get("curator2", path + "?version=1").get("title")).isEqualTo(reader.get("title"));
        var hits = api.search("curator2", Map.of("q", marker));
        assertThat(api.ids(hits)).containsExactly(id);
        assertThat(((Map<?, ?>) ((List<?>) hits.get("items")).getFirst()).get("version")).isEqualTo(2);
    }

    @Test
    void draftsAreTheirAuthorsAndCuratorsOnly() {
        var api = new LibraryApi(http);
        Map<String, Object> body = LibraryApi.practice("Черновик", LibraryApi.marker());
        body.put("draft", true);
        body.remove("results");
        String id = (String) api.create("curator1", body).get("id");
        String path = "/api/practices/" + id;

        assertThat(api.get("mentor1", path).get("status")).isEqualTo("DRAFT");
        assertThat(api.refusal(() -> api.get("methodist", path)).status()).isEqualTo(404);
        assertThat(api.refusal(() -> api.get("curator2", path)).status()).isEqualTo(404);
        assertThat(api.refusal(() -> api.get("expert1", path)).status()).isEqualTo(404);

        var incomplete = api.refusal(() -> api.post("mentor1", path + "/submit", Map.of()));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.detail()).contains("Опишите результаты");
        assertThat(api.get("mentor1", "/api/practices/mine").get("items").toString()).contains(id);
    }

    @Test
    void badInputGetsRussianProblems() {
        var api = new LibraryApi(http);
        var empty = api.refusal(() -> api.create("curator1", Map.of("year", 1990)));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.detail()).contains("Укажите название практики").contains("не раньше 2000");

        Map<String, Object> body = LibraryApi.practice("Неполная", LibraryApi.marker());
        body.remove("problem");
        body.remove("competencies");
        body.put("noPupilData", false);
        var incomplete = api.refusal(() -> api.create("curator1", body));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.detail()).contains("Опишите проблему").contains("компетенцию")
                .contains("персональных данных обучающихся");

        Map<String, Object> level = LibraryApi.practice("Уровень", LibraryApi.marker());
        level.put("level", "федеральный");
        assertThat(api.refusal(() -> api.create("curator1", level)).detail()).contains("школьный, муниципальный или региональный");
        assertThat(api.refusal(() -> api.get("curator1", "/api/practices/not-a-uuid")).status()).isEqualTo(400);
        assertThat(api.refusal(() -> api.create("expert1", LibraryApi.practice("Эксперт", "x"))).status()).isEqualTo(403);
    }
}
