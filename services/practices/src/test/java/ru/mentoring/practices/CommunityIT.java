package ru.mentoring.practices;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeUsageEvents;
import ru.mentoring.model.practice.PracticeUsageV1;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ratings and comments from other schools, authors told, bookmarks, and the schools that use a practice. */
@MicronautTest(transactional = false)
class CommunityIT {

    @Inject @Client("/") HttpClient http;

    @Test
    void mentorsOfOtherSchoolsRateAndCommentAndTheAuthorsAreTold() {
        var api = new LibraryApi(http);
        String id = (String) api.create("mentor1", LibraryApi.practice("Оценки и отзывы", LibraryApi.marker())).get("id");
        String path = "/api/practices/" + id;
        assertThat(api.refusal(() -> api.put("curator2", path + "/rating", Map.of("stars", 5))).status())
                .as("nothing to rate before publication").isEqualTo(404);
        api.publishWithTwoExperts(id);
        int unreadBefore = (int) api.get("mentor1", "/api/practices/notifications").get("unread");

        api.put("curator2", path + "/rating", Map.of("stars", 5));
        api.put("curator3", path + "/rating", Map.of("stars", 4));
        api.put("curator3", path + "/rating", Map.of("stars", 3));
        assertThat(api.refusal(() -> api.put("mentor1", path + "/rating", Map.of("stars", 5))).detail())
                .contains("Свою практику оценить нельзя");
        assertThat(api.refusal(() -> api.put("curator2", path + "/rating", Map.of("stars", 9))).detail())
                .contains("от 1 до 5");
        api.post("curator2", path + "/comments", Map.of("text", "Взяли в работу, спасибо!"));
        assertThat(api.refusal(() -> api.post("curator2", path + "/comments", Map.of("text", "  "))).status()).isEqualTo(422);

        Map<String, Object> page = api.get("curator3", path);
        assertThat(LibraryApi.asMap(page.get("rating"))).containsEntry("average", 4.0).containsEntry("count", 2);
        assertThat(page.get("myStars")).isEqualTo(3);
        assertThat(page.get("comments")).isEqualTo(1);
        Map<?, ?> comment = (Map<?, ?>) ((List<?>) api.get("curator3", path + "/comments").get("items")).getFirst();
        assertThat(comment.get("text")).isEqualTo("Взяли в работу, спасибо!");
        assertThat(comment.get("authorSchoolId")).isEqualTo("2");

        Map<String, Object> inbox = api.get("mentor1", "/api/practices/notifications");
        assertThat((int) inbox.get("unread")).isEqualTo(unreadBefore + 4);
        assertThat(inbox.get("items").toString()).contains("оценил(а) практику").contains("прокомментировал(а)");
        assertThat((int) api.post("mentor1", "/api/practices/notifications/read", Map.of()).get("unread")).isZero();
        String title = (String) page.get("title");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(MailBox.subjects("mentor1@mentoring.local"))
                .as("the author is told by e-mail too").anySatisfy(subject -> assertThat(subject)
                        .startsWith("Банк практик: ").endsWith("прокомментировал(а) практику «" + title + "»")));
    }

    @Test
    void myCollectionKeepsPublishedPracticesOnly() {
        var api = new LibraryApi(http);
        String published = (String) api.create("curator1", LibraryApi.practice("В коллекцию", LibraryApi.marker())).get("id");
        api.publishWithTwoExperts(published);
        Map<String, Object> draftBody = LibraryApi.practice("Черновик не в коллекцию", LibraryApi.marker());
        draftBody.put("draft", true);
        String draft = (String) api.create("curator1", draftBody).get("id");

        http.toBlocking().exchange(io.micronaut.http.HttpRequest.PUT("/api/practices/" + published + "/bookmark", "")
                .header("Authorization", ru.mentoring.support.testing.Tokens.bearer("curator3")));
        assertThat(api.refusal(() -> http.toBlocking().exchange(io.micronaut.http.HttpRequest.PUT("/api/practices/" + draft + "/bookmark", "")
                .header("Authorization", ru.mentoring.support.testing.Tokens.bearer("curator3")))).status()).isEqualTo(404);
        assertThat(api.ids(api.get("curator3", "/api/practices/bookmarks"))).contains(published).doesNotContain(draft);
        assertThat(api.get("curator3", "/api/practices/" + published).get("bookmarked")).isEqualTo(true);
        assertThat(api.ids(api.get("curator2", "/api/practices/bookmarks"))).doesNotContain(published);

        api.delete("curator3", "/api/practices/" + published + "/bookmark");
        assertThat(api.ids(api.get("curator3", "/api/practices/bookmarks"))).doesNotContain(published);
    }

    @Test
    void aPlanTaskLinkingThePracticeCountsItsSchool() {
        var api = new LibraryApi(http);
        String id = (String) api.create("curator1", LibraryApi.practice("Используют школы", LibraryApi.marker())).get("id");
        api.publishWithTwoExperts(id);
        String task = "task-" + UUID.randomUUID();
        try (Events events = new Events()) {
            usage(events, id, task, true);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(LibraryApi.asList(api.get("curator1", "/api/practices/" + id).get("usedBySchools"))).containsExactly("2"));
            api.put("curator3", "/api/practices/" + id + "/usage", "");
            assertThat(LibraryApi.asList(api.get("curator1", "/api/practices/" + id).get("usedBySchools"))).containsExactly("2", "3");
            usage(events, id, task, false);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(LibraryApi.asList(api.get("curator1", "/api/practices/" + id).get("usedBySchools"))).containsExactly("3"));
        }
    }

    private static void usage(Events events, String practiceId, String task, boolean linked) {
        var type = PracticeUsageEvents.CHANGED;
        events.send(type, task, new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), "2", Instant.now(),
                new PracticeUsageV1(UUID.fromString(practiceId), "2", task, linked, Instant.now())));
    }
}
