package ru.mentoring.portal.consent;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** «Запись согласия» steers by the mentee: the parent for a minor, the pupil's own signature from 14, the partner. */
class ConsentPagesTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 9, 6);

    @Test
    void aMinorsConsentIsOfferedOnlyToTheParentAndAPupilOfFifteenMayCoSign() {
        Mentees.Mentee pupil = SchoolMother.pupil();
        ConsentForm form = ConsentForm.suggested(pupil, "PROCESSING", SIGNED);

        Rendered page = Templates.render(ConsentFormPage.of(pupil, form, FormErrors.none()), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Запись согласия");
        assertThat(page.text()).contains("Наставляемый несовершеннолетний (15 лет): согласие подписывает родитель или "
                + "законный представитель — Петрова Анна Сергеевна.", "Обучающемуся 14 лет или больше");
        assertThat(page.field("signedBy").html()).contains("value=\"GUARDIAN\" checked=\"checked\"")
                .doesNotContain("value=\"SELF\"");
        assertThat(page.field("signerName").html()).contains("value=\"Петрова Анна Сергеевна\"");
        assertThat(page.field("coSignedByPupil").html()).contains("14 лет и старше");
        assertThat(page.field("kind").html()).contains("<option value=\"PROCESSING\" selected=\"selected\">Согласие на обработку персональных данных</option>");
        assertThat(page.field("signedOn").html()).contains("value=\"2026-09-06\"");
    }

    @Test
    void anAdultSignsThemselvesWithoutTheCoSignature() {
        Mentees.Mentee teacher = SchoolMother.teacher();
        ConsentForm form = ConsentForm.suggested(teacher, "TRANSFER", SIGNED);

        Rendered page = Templates.render(ConsentFormPage.of(teacher, form, FormErrors.none()), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.field("signedBy").html()).contains("value=\"SELF\" checked=\"checked\"", "value=\"GUARDIAN\"");
        assertThat(page.field("signerName").html()).contains("value=\"Сидорова Анна Викторовна\"");
        assertThat(page.html()).doesNotContain("data-field=\"coSignedByPupil\"");
        assertThat(page.text()).doesNotContain("несовершеннолетний");
        assertThat(page.field("kind").html()).contains("value=\"TRANSFER\" selected=\"selected\"");
    }

    @Test
    void everyRuleBrokenIsSaidAtOnceUnderItsField() {
        Mentees.Mentee pupil = SchoolMother.pupil();
        ConsentForm typed = new ConsentForm("TRANSFER", "SELF", "Петров Пётр", "true", " ", "2026-09-06", null, null, null)
                .about(pupil);
        FormErrors errors = FormErrors.found(ConsentForm.class, typed.check());

        Rendered page = Templates.render(ConsentFormPage.of(pupil, typed, errors), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.summary()).containsExactly(
                "За несовершеннолетнего согласие подписывает родитель или законный представитель",
                "Подпись обучающегося ставится только рядом с подписью родителя",
                "Укажите организацию-партнёра, которой передаются данные");
        assertThat(page.field("partnerOrganisation").errors())
                .containsExactly("Укажите организацию-партнёра, которой передаются данные");
        assertThat(page.field("signerName").html()).contains("value=\"Петров Пётр\"");
    }

    @Test
    void aPupilUnderFourteenCannotCoSign() {
        Mentees.Mentee young = new Mentees.Mentee(SchoolMother.PUPIL, "Петров Иван", "PUPIL", "обучающийся",
                LocalDate.of(2015, 1, 1), 11, true, "5А", null, null, null, null, null, "Петрова Анна", null, null, null,
                null, null, null, null, "CANDIDATE", "кандидат", null, null);
        ConsentForm typed = new ConsentForm("PROCESSING", "GUARDIAN", "Петрова Анна", "true", "", "2026-09-06", null,
                null, null).about(young);

        assertThat(typed.check()).extracting(FormErrors.FieldError::message)
                .containsExactly("Подписать согласие вместе с родителем может обучающийся 14 лет и старше");
        assertThat(typed.toCommand().partnerOrganisation()).isNull();
    }

    @Test
    void aConsentsVersionIsSaidAsAnEdition() {
        assertThat(ConsentSection.Row.edition("processing-v2")).isEqualTo("редакция 2");
        assertThat(ConsentSection.Row.edition(null)).isEqualTo("—");
    }
}
