package ru.mentoring.portal.profile;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.OwnProfile;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormErrors.FieldError;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** «Мой профиль»: what the bank holds about the mentor and the part they keep themselves. */
class MyProfilePageTest {

    private static final OwnProfile PROFILE = new OwnProfile(BankMother.IVANOVA, "Иванова Мария Сергеевна", "TEACHER",
            "1", null, "учитель математики", List.of("подготовка к ГИА"), "вторник после 15:00", "шахматы",
            "5–7 классы", null, 3, 1, 2, "MUNICIPAL", List.of("2"));

    private static MyProfilePage page(OwnProfileForm form, FormErrors errors) {
        return MyProfilePage.of(PROFILE, form, errors, BankMother.schools(), Option.of(BankMother.competencies(),
                c -> c.title(), c -> c.title(), c -> form.hasStrength(c.title())));
    }

    @Test
    void mentorSeesTheProfileAndTheSchoolsThatEngageThem() {
        Rendered rendered = Templates.render(page(OwnProfileForm.of(PROFILE), FormErrors.none()), PortalUsers.mentor())
                .assertRussianOnly();

        assertThat(rendered.heading()).isEqualTo("Мой профиль");
        assertThat(rendered.text()).contains("ФИО Иванова Мария Сергеевна", "Категория Педагог", "Школа МАОУ СОШ № 1",
                "Доступность Муниципальный", "Места свободно 2 из 3", "Гимназия № 2", "Статус в банке работает",
                "Взять паузу", "Выйти из банка");
        assertThat(rendered.field("strengths").html()).contains("value=\"подготовка к ГИА\" checked=\"checked\"");
        assertThat(rendered.field("timeAvailable").html()).contains("value=\"вторник после 15:00\"");
    }

    @Test
    void tooLongAnswerIsRefusedUnderItsFieldWithTheTextKept() {
        String long600 = "а".repeat(600);
        var form = new OwnProfileForm(List.of(), List.of(), "", long600, "", "", "");
        var errors = FormErrors.found(OwnProfileForm.class, List.of(new FieldError("timeAvailable", "Не длиннее 500 символов")));

        Rendered rendered = Templates.render(page(form, errors), PortalUsers.mentor()).assertRussianOnly();

        assertThat(rendered.field("timeAvailable").errors()).containsExactly("Не длиннее 500 символов");
        assertThat(rendered.field("timeAvailable").html()).contains(long600);
        assertThat(rendered.field("strengths").html()).doesNotContain("checked");
    }

    @Test
    void aMunicipalMentorIsAskedWhetherTheyCarryOnNextYear() {
        var asked = new OwnProfile.Confirmation("2027/2028", true, null, false);

        Rendered rendered = Templates.render(MyProfilePage.of(PROFILE, OwnProfileForm.of(PROFILE), FormErrors.none(),
                BankMother.schools(), List.of(), asked), PortalUsers.mentor()).assertRussianOnly();

        assertThat(rendered.text()).contains("Продолжите ли вы быть муниципальным наставником в 2027/2028 учебном году?",
                "Да, продолжаю", "Нет, не продолжаю");
        assertThat(rendered.html()).contains("name=\"year\" value=\"2027/2028\"");
    }
}
