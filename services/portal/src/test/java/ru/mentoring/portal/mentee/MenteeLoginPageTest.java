package ru.mentoring.portal.mentee;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.MenteeLogins;
import ru.mentoring.portal.consent.ConsentSection;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The «Вход в платформу» block of a mentee's card, in each of its states. */
class MenteeLoginPageTest {

    private static final ConsentSection CONSENTS = ConsentSection.of(SchoolMother.PUPIL, List.of(SchoolMother.processing()));

    @Test
    void withoutALoginTheCardOffersToGiveOneAndSaysTheParentsConsentRule() {
        MenteeCard card = MenteeCard.of(SchoolMother.pupil(), CONSENTS, List.of(), LoginSection.none(true));

        Rendered page = Templates.render(card, PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");

        assertThat(page.text()).contains("Вход в платформу", "только при действующем согласии родителя",
                "Для несовершеннолетнего можно указать адрес родителя.", "Выдать вход")
                .doesNotContain("Отключить вход");
        assertThat(page.html()).contains("action=\"/mentees/" + SchoolMother.PUPIL + "/login\"");
        assertThat(page.field("email").html()).contains("type=\"email\"");
    }

    @Test
    void aLoginInForceIsShownWithTheWayToSwitchItOff() {
        var login = new MenteeLogins.Login("mentee1@mentoring.local", "mentee1", true, Instant.parse("2026-10-01T07:00:00Z"), null);
        MenteeCard card = MenteeCard.of(SchoolMother.pupil(), CONSENTS, List.of(),
                LoginSection.of(login, true, MenteeLoginForm.empty(), FormErrors.none()));

        Rendered page = Templates.render(card, PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");

        assertThat(page.text()).contains("Адрес электронной почты mentee1@mentoring.local", "Логин mentee1",
                "Вход действует с 01.10.2026", "Отключить вход").doesNotContain("Выдать вход");
        assertThat(page.html()).contains("action=\"/mentees/" + SchoolMother.PUPIL + "/login/disable\"")
                .doesNotContain("id=\"login-form\"");
    }

    @Test
    void aRefusalIsSaidUnderTheAddressWithTheAddressKept() {
        var form = new MenteeLoginForm("petrov@example.ru");
        var errors = FormErrors.found(MenteeLoginForm.class, List.of(new FormErrors.FieldError("email",
                "Несовершеннолетнему вход выдаётся только при действующем согласии на обработку персональных данных, "
                        + "подписанном родителем (законным представителем)")));
        MenteeCard card = MenteeCard.of(SchoolMother.pupil(), CONSENTS, List.of(), LoginSection.of(null, true, form, errors));

        Rendered page = Templates.render(card, PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");

        assertThat(page.field("email").errors()).containsExactly("Несовершеннолетнему вход выдаётся только при действующем "
                + "согласии на обработку персональных данных, подписанном родителем (законным представителем)");
        assertThat(page.field("email").html()).contains("value=\"petrov@example.ru\"");
    }

    @Test
    void aDisabledLoginMayBeGivenAgainAndAnArchivedMenteeGetsNone() {
        var disabled = new MenteeLogins.Login("sidorova@school1.ru", "sidorova@school1.ru", false,
                Instant.parse("2026-10-01T07:00:00Z"), Instant.parse("2026-11-02T08:00:00Z"));
        Rendered again = Templates.render(MenteeCard.of(SchoolMother.teacher(), CONSENTS, List.of(),
                LoginSection.of(disabled, false, MenteeLoginForm.empty(), FormErrors.none())), PortalUsers.curator("1"))
                .assertRussianOnly("PDF", "DOCX");
        assertThat(again.text()).contains("Вход отключён 02.11.2026", "Выдать вход").doesNotContain("Логин ",
                "адрес родителя");
        assertThat(again.field("email").html()).contains("value=\"sidorova@school1.ru\"");

        var archived = SchoolMother.teacher();
        archived = new ru.mentoring.portal.backend.school.Mentees.Mentee(archived.id(), archived.fullName(), archived.kind(),
                archived.kindTitle(), archived.birthDate(), archived.age(), archived.minor(), archived.grade(),
                archived.position(), archived.subject(), archived.experienceYears(), archived.organisation(),
                archived.contact(), archived.guardianName(), archived.guardianContact(), archived.requestCategory(),
                archived.requestCategoryTitle(), archived.request(), archived.enteredAt(), archived.source(),
                archived.sourceTitle(), "ARCHIVED", "в архиве", archived.availableTime(), archived.restricted());
        Rendered none = Templates.render(MenteeCard.of(archived, CONSENTS, List.of(), LoginSection.none(false)),
                PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");
        assertThat(none.text()).contains("Наставляемый в архиве: вход не выдаётся.").doesNotContain("Выдать вход");
    }
}
