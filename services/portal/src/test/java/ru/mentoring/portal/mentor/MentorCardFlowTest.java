package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank, a mentor's card and its edit form through HTTP, with the bank's JSON as it answers. */
class MentorCardFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String methodist = portal.signIn(PortalUsers.methodistLogin());
    private final String mentorPath = "/mentor-bank/api/mentors/" + BankMother.IVANOVA;

    @Test
    void bankAndCardReadTheBanksAnswers() {
        Answers.catalogues(backends)
                .answer("GET /mentor-bank/api/mentors", 200, "{\"items\":[" + Answers.IVANOVA_JSON + "]}")
                .answer("GET " + mentorPath, 200, Answers.IVANOVA_JSON);

        Rendered bank = new Rendered(portal.get("/bank?strength=%D0%BF", methodist).body()).assertRussianOnly();
        Rendered card = new Rendered(portal.get("/bank/" + BankMother.IVANOVA, methodist).body()).assertRussianOnly();

        assertThat(bank.text()).contains("Иванова Мария Петровна", "МАОУ СОШ № 1, учитель математики", "1 из 3");
        assertThat(card.heading()).isEqualTo("Иванова Мария Петровна");
        assertThat(card.text()).contains("Педагогический стаж 12 лет", "Формы наставничества учитель – учитель");
    }

    @Test
    void editedProfileIsPutWholeAndTheCardSaysItWasSaved() {
        Answers.catalogues(backends)
                .answer("PUT " + mentorPath, 200, Answers.IVANOVA_JSON)
                .answer("GET " + mentorPath, 200, Answers.IVANOVA_JSON);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", "Иванова Мария Петровна");
        form.put("kind", "TEACHER");
        form.put("capacity", "4");
        form.put("subjects", "математика; информатика");
        form.put("strengths", "подготовка к ГИА");
        form.put("visibility", "MUNICIPAL");
        form.put("birthDate", "1980-04-05");

        HttpResponse<String> saved = portal.post("/bank/" + BankMother.IVANOVA + "/edit", methodist, form);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/bank/" + BankMother.IVANOVA);
        assertThat(backends.calls("PUT " + mentorPath).getFirst().body()).contains("\"capacity\":4",
                "\"subjects\":[\"математика\",\"информатика\"]", "\"birthDate\":\"1980-04-05\"",
                "\"visibility\":\"MUNICIPAL\"", "\"associationMember\":false");
        assertThat(new Rendered(portal.get("/bank/" + BankMother.IVANOVA, methodist).body()).text())
                .contains("Профиль наставника сохранён: Иванова Мария Петровна.");
    }

    @Test
    void aRefusedEditKeepsWhatWasTypedAndTheCatalogues() {
        Answers.catalogues(backends);
        Map<String, String> form = Map.of("fullName", "", "kind", "TEACHER", "capacity", "3",
                "experienceYears", "-1", "strengths", "проектная деятельность");

        HttpResponse<String> refused = portal.post("/bank/" + BankMother.IVANOVA + "/edit", methodist, form);

        assertThat(refused.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(refused.body()).assertRussianOnly();
        assertThat(page.summary()).containsExactly("Укажите ФИО наставника", "Стаж — целое число лет от 0 до 70");
        assertThat(page.field("strengths").html()).contains("value=\"проектная деятельность\" checked=\"checked\"");
        assertThat(backends.calls("PUT")).isEmpty();
    }
}
