package ru.mentoring.mentorbank.catalogue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankApi;
import ru.mentoring.mentorbank.BankFixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.mentorbank.BankApi.items;

/**
 * The methodist keeps the catalogues: adds, renames and retires competencies, forms with their variants,
 * and the kinds of teacher mentoring. A retired entry stays on the mentors who have it and is not offered.
 */
@MicronautTest(transactional = false)
class CatalogueIT {

    @Inject @Client("/") HttpClient http;
    BankApi api;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        api = new BankApi(http);
        BankFixtures.schoolsExist(http);
    }

    @Test
    void aRetiredCompetencyStaysOnItsMentorsButIsOfferedToNobody() {
        Map<String, Object> added = api.post("methodist", "/api/competencies", Map.of("title", "медиация " + tag));
        String code = (String) added.get("code");
        assertThat(code).matches("[a-z0-9_]{2,40}");
        String mentor = BankFixtures.mentor(http, Map.of("strengths", List.of("медиация " + tag)));

        api.post("methodist", "/api/competencies/" + code + "/retire", Map.of());

        assertThat(titles(api.get("curator1", "/api/competencies"))).doesNotContain("медиация " + tag);
        assertThat(items(api.get("methodist", "/api/competencies?all=true"))).filteredOn(c -> code.equals(c.get("code")))
                .singleElement().satisfies(c -> assertThat(c.get("active")).isEqualTo(false));
        Map<String, Object> kept = api.get("methodist", "/api/mentors/" + mentor);
        assertThat(BankApi.strings(kept.get("strengths"))).contains("медиация " + tag);
        Map<String, Object> edit = Map.of("fullName", kept.get("fullName"), "kind", "TEACHER", "capacity", 2,
                "strengths", kept.get("strengths"), "position", "учитель истории");
        assertThat(api.put("methodist", "/api/mentors/" + mentor, edit).get("position")).as("an edit keeps what was retired")
                .isEqualTo("учитель истории");
        assertThat(api.refused("methodist", "POST", "/api/mentors", Map.of("fullName", "Новая Нина", "kind", "TEACHER",
                "capacity", 1, "strengths", List.of("медиация " + tag))).detail()).contains("Неизвестная компетенция");

        api.post("methodist", "/api/competencies/" + code + "/restore", Map.of());
        assertThat(titles(api.get("curator1", "/api/competencies"))).contains("медиация " + tag);
    }

    @Test
    void renamingACompetencyRenamesItOnEveryMentorAndTheOldTitleStillImports() {
        String code = (String) api.post("methodist", "/api/competencies", Map.of("title", "тьюторство " + tag)).get("code");
        String mentor = BankFixtures.mentor(http, Map.of("strengths", List.of("тьюторство " + tag)));

        Map<String, Object> renamed = api.put("methodist", "/api/competencies/" + code,
                Map.of("title", "тьюторское сопровождение " + tag));

        assertThat(renamed.get("title")).isEqualTo("тьюторское сопровождение " + tag);
        assertThat(BankApi.strings(renamed.get("synonyms"))).contains("тьюторство " + tag);
        assertThat(BankApi.strings(api.get("methodist", "/api/mentors/" + mentor).get("strengths")))
                .containsExactly("тьюторское сопровождение " + tag);
        assertThat(api.refused("methodist", "PUT", "/api/competencies/" + code, Map.of("title", "проектная деятельность"))
                .status()).as("two entries never share a title").isEqualTo(409);
    }

    @Test
    void formsAndTheirVariantsAreAddedRenamedAndRetired() {
        Map<String, Object> form = api.post("methodist", "/api/forms", Map.of("title", "выпускник – ученик " + tag));
        String code = (String) form.get("code");
        assertThat(code).matches("[A-Z0-9_]{2,40}");

        api.post("methodist", "/api/forms/" + code + "/variants", Map.of("title", "успешный выпускник – выпускной класс"));
        api.put("methodist", "/api/forms/" + code + "/variants",
                Map.of("title", "успешный выпускник – выпускной класс", "newTitle", "выпускник вуза – старшеклассник"));
        Map<String, Object> retired = api.post("methodist", "/api/forms/" + code + "/variants/retire",
                Map.of("title", "выпускник вуза – старшеклассник"));

        assertThat(retired.get("variants")).isEqualTo(List.of());
        assertThat(retired.get("retiredVariants")).isEqualTo(List.of("выпускник вуза – старшеклассник"));
        api.put("methodist", "/api/forms/" + code, Map.of("title", "выпускник – обучающийся " + tag));
        assertThat(titles(api.get("curator1", "/api/forms"))).contains("выпускник – обучающийся " + tag);
        api.post("methodist", "/api/forms/" + code + "/retire", Map.of());
        assertThat(titles(api.get("curator1", "/api/forms"))).doesNotContain("выпускник – обучающийся " + tag);
    }

    @Test
    void theKindsOfTeacherMentoringAreACatalogueToo() {
        assertThat(titles(api.get("mentor1", "/api/mentoring-formats"))).contains("реверсивное", "наставничество в группе",
                "виртуальное (дистанционное)", "традиционное (один на один, долгосрочное)");
        String code = (String) api.post("methodist", "/api/mentoring-formats", Map.of("title", "проектное " + tag)).get("code");
        String mentor = BankFixtures.mentor(http, Map.of("formats", List.of("REVERSE", code)));

        assertThat(BankApi.strings(api.get("methodist", "/api/mentors/" + mentor).get("formats"))).containsExactly("REVERSE", code);
        assertThat(api.refused("curator1", "POST", "/api/mentoring-formats", Map.of("title", "x")).status()).isEqualTo(403);
        assertThat(api.refused("methodist", "POST", "/api/mentoring-formats", Map.of("title", " ")).status()).isEqualTo(400);
    }

    private static List<Object> titles(Map<String, Object> page) {
        return items(page).stream().map(i -> i.get("title")).toList();
    }
}
