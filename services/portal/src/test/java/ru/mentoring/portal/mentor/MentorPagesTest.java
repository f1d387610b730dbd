package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormErrors.FieldError;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The methodist's mentor-bank pages as a user reads them. */
class MentorPagesTest {

    @Test
    void bankListsTheMentorsFoundAndKeepsTheFiltersSet() {
        var filter = BankFilter.of("подготовка к ГИА", null, null, "TEACHER", null, null, "on", "Лицей");
        var rows = List.of(BankRow.of(BankMother.ivanova(), BankMother.schools(), Catalogues.titles(BankMother.forms())),
                BankRow.of(BankMother.petrov(), BankMother.schools(), Map.of()));
        var page = new BankPage(filter, rows,
                Option.of(BankMother.competencies(), c -> c.title(), c -> c.title(), c -> c.title().equals(filter.strength())),
                Option.of(BankMother.forms(), f -> f.code(), f -> f.title(), f -> false),
                MentorLabels.kinds(filter.kind()), List.of(), MentorLabels.visibilities(null));

        Rendered bank = Templates.render(page, PortalUsers.methodist()).assertRussianOnly();

        assertThat(bank.heading()).isEqualTo("Банк наставников");
        assertThat(bank.text()).contains("Иванова Мария Петровна", "МАОУ СОШ № 1, учитель математики",
                "подготовка к ГИА, проектная деятельность", "учитель – учитель, студент – ученик", "1 из 3",
                "Сетевой проект", "Петров Пётр Андреевич", "ООО «Завод»", "0 из 2", "Найдено наставников: 2");
        assertThat(bank.html()).contains("id=\"bank-table\"", "href=\"/bank/" + BankMother.IVANOVA + "\"",
                "<option value=\"подготовка к ГИА\" selected=\"selected\">подготовка к ГИА</option>",
                "<option value=\"TEACHER\" selected=\"selected\">Педагог</option>", "value=\"Лицей\"");
        assertThat(bank.field("onlyFree").html()).contains("checked=\"checked\"");
        assertThat(bank.text()).contains("Сбросить фильтры");
    }

    @Test
    void emptyBankSaysSoWithoutATable() {
        var page = new BankPage(BankFilter.NONE, List.of(), List.of(), List.of(), MentorLabels.kinds(null), List.of(),
                MentorLabels.visibilities(null));

        Rendered bank = Templates.render(page, PortalUsers.methodist()).assertRussianOnly();

        assertThat(bank.text()).contains("В банке пока нет наставников.").doesNotContain("Сбросить фильтры");
        assertThat(bank.html()).doesNotContain("bank-table");
    }

    @Test
    void cardShowsEveryFieldUnderItsRussianLabelAndTheSeats() {
        MentorCard card = MentorCard.of(BankMother.ivanova(), BankMother.schools(), Catalogues.titles(BankMother.forms()));

        Rendered page = Templates.render(card, PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Иванова Мария Петровна");
        assertThat(page.text()).contains("Категория Педагог", "Школа МАОУ СОШ № 1", "Организация не указано",
                "Педагогический стаж 12 лет", "Доступность Сетевой проект", "Формы наставничества учитель – учитель",
                "Член ассоциации наставников да", "Дата рождения 05.04.1980", "Телефон не указано",
                "3 вместимость", "1 занято", "1 в ожидании решения", "1 свободно");
        assertThat(page.html()).contains("href=\"/bank/" + BankMother.IVANOVA + "/edit\"");
    }

    @Test
    void editFormComesBackFilledWithEveryErrorUnderItsField() {
        ProfileForm typed = new ProfileForm("Иванова Мария Петровна", "TEACHER", "0", "1", "", "учитель", "высшая",
                "много", "математика", List.of("подготовка к ГИА"), List.of("TEACHER_TEACHER"), "", "", "", "", "",
                "true", "NETWORK", "ivanova@", "", "31.02.1980");
        FormErrors errors = FormErrors.found(ProfileForm.class, List.of(
                new FieldError("birthDate", "Дата рождения — в формате ДД.ММ.ГГГГ"),
                new FieldError("capacity", "Вместимость — целое число от 1 до 50"),
                new FieldError("email", "Адрес электронной почты указан неверно"),
                new FieldError("experienceYears", "Стаж — целое число лет от 0 до 70")));
        var page = MentorEditPage.of(BankMother.IVANOVA, typed, errors, BankMother.schools(), BankMother.competencies(),
                BankMother.forms());

        Rendered edit = Templates.render(page, PortalUsers.methodist()).assertRussianOnly();

        assertThat(edit.heading()).isEqualTo("Изменение профиля наставника");
        assertThat(edit.field("capacity").errors()).containsExactly("Вместимость — целое число от 1 до 50");
        assertThat(edit.field("capacity").isInvalid()).isTrue();
        assertThat(edit.field("capacity").html()).contains("value=\"0\"");
        assertThat(edit.field("experienceYears").errors()).containsExactly("Стаж — целое число лет от 0 до 70");
        assertThat(edit.field("email").html()).contains("value=\"ivanova@\"");
        assertThat(edit.field("birthDate").errors()).containsExactly("Дата рождения — в формате ДД.ММ.ГГГГ");
        assertThat(edit.field("fullName").errors()).isEmpty();
        assertThat(edit.field("fullName").isInvalid()).isFalse();
        assertThat(edit.field("strengths").html()).contains("value=\"подготовка к ГИА\" checked=\"checked\"")
                .contains("value=\"проектная деятельность\">");
        assertThat(edit.field("homeSchoolId").html()).contains("<option value=\"1\" selected=\"selected\">МАОУ СОШ № 1</option>");
        assertThat(edit.field("associationMember").html()).contains("checked=\"checked\"");
        // the summary lists them in the order of the form's fields, each linking to its field
        assertThat(edit.summary()).containsExactly("Вместимость — целое число от 1 до 50",
                "Стаж — целое число лет от 0 до 70", "Адрес электронной почты указан неверно",
                "Дата рождения — в формате ДД.ММ.ГГГГ");
        assertThat(edit.html()).contains("<a href=\"#capacity\">", "Проверьте заполнение формы");
    }

    @Test
    void newMentorFormShowsARefusalAboutNoFieldAboveTheForm() {
        NewMentorForm typed = new NewMentorForm("Соколова Ирина", "TEACHER", "2", "", "", "", "", "");
        FormErrors errors = FormErrors.found(NewMentorForm.class, List.of(
                new FieldError(null, "Наставник с таким ФИО уже есть в банке")));

        Rendered form = Templates.render(NewMentorPage.of(typed, errors), PortalUsers.methodist()).assertRussianOnly();

        assertThat(form.heading()).isEqualTo("Новый наставник");
        assertThat(form.summary()).containsExactly("Наставник с таким ФИО уже есть в банке");
        assertThat(form.text()).contains("Не удалось выполнить действие");
        assertThat(form.field("fullName").html()).contains("value=\"Соколова Ирина\"");
        assertThat(form.field("kind").html()).contains("<option value=\"TEACHER\" selected=\"selected\">Педагог</option>");
    }

    @Test
    void emptyNewMentorFormHasNoErrorBlock() {
        Rendered form = Templates.render(NewMentorPage.of(NewMentorForm.empty(), FormErrors.none()),
                PortalUsers.methodist()).assertRussianOnly();

        assertThat(form.html()).doesNotContain("form-errors").doesNotContain("error-text");
        assertThat(form.field("kind").html()).contains("<option value=\"\">— выберите —</option>");
    }

    @Test
    void importResultListsTheRefusedRowsWithTheirReasons() {
        var result = new Mentors.ImportResult(12, List.of(new Mentors.RejectedRow(5, "Петров Пётр",
                "Неизвестная сильная сторона «левитация»"), new Mentors.RejectedRow(9, null, "Не указано ФИО")), 2);

        Rendered page = Templates.render(new ImportPage(result, FormErrors.none()), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Импорт из Excel");
        assertThat(page.text()).contains("Загружено наставников: 12", "Пустых строк пропущено: 2",
                "Не загружено строк: 2", "5 Петров Пётр Неизвестная сильная сторона «левитация»", "9 — Не указано ФИО");
    }

    @Test
    void importWithoutAFileSaysSoUnderTheFileField() {
        FormErrors errors = FormErrors.found(SheetUpload.class,
                new SheetUpload(null).check());

        Rendered page = Templates.render(new ImportPage(null, errors), PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.field("file").errors()).containsExactly("Выберите файл Excel (.xlsx) со списком наставников");
        assertThat(page.text()).doesNotContain("Загружено наставников");
    }

}
