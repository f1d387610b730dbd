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
        MentorCard card = MentorCard.of(BankMother.ivanova(), BankMother.schools(), Catalogues.titles(BankMother.forms()),
                Map.of());

        Rendered page = Templates.render(card, PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Иванова Мария Петровна");
        assertThat(page.text()).contains("Статус в банке: работает", "Приостановить", "Вывести из банка");
        assertThat(page.html()).contains("href=\"/bank/" + BankMother.IVANOVA + "/leave\"");
        assertThat(page.text()).contains("Категория Педагог", "Школа МАОУ СОШ № 1", "Организация не указано",
                "Педагогический стаж 12 лет", "Доступность Сетевой проект", "Формы наставничества учитель – учитель",
                "Член ассоциации наставников да", "Дата рождения 05.04.1980", "Телефон не указано",
                "3 вместимость", "1 занято", "1 в ожидании решения", "1 свободно");
        assertThat(page.html()).contains("href=\"/bank/" + BankMother.IVANOVA + "/edit\"");
    }

    @Test
    void aPausedMentorsCardSaysSoAndOffersTheWayBack() {
        Mentors.Mentor m = BankMother.ivanova();
        Mentors.Mentor paused = new Mentors.Mentor(m.id(), m.fullName(), m.kind(), m.homeSchoolId(), m.organisation(),
                m.position(), m.email(), m.phone(), m.birthDate(), m.subjects(), m.strengths(), m.forms(),
                m.qualificationCategory(), m.experienceYears(), m.timeAvailable(), m.interests(), m.preferredMenteeAge(),
                m.achievements(), m.trainingCompleted(), m.associationMember(), m.capacity(), m.activeAssignments(),
                m.reservedSeats(), m.freeCapacity(), m.visibility(), List.of("школа молодого педагога"),
                List.of("REVERSE"), "PAUSED", "курсы");

        Rendered page = Templates.render(MentorCard.of(paused, BankMother.schools(), Map.of(), Map.of("REVERSE", "реверсивное")),
                PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.text()).contains("Статус в банке: на паузе: новых запросов не принимает (курсы)", "Снять с паузы",
                "Сильные стороны своими словами школа молодого педагога", "Виды наставничества педагогов реверсивное")
                .doesNotContain("Приостановить");
    }

    @Test
    void theOneMentorFormComesBackFilledWithEveryErrorUnderItsField() {
        ProfileForm typed = new ProfileForm("Иванова Мария Петровна", "TEACHER", "0", "1", "", "учитель", "высшая",
                "много", "математика", List.of("подготовка к ГИА"), List.of("школа молодого педагога"), "тьюторство",
                List.of("TEACHER_TEACHER"), List.of(), "", "", "", "", "", "true", "NETWORK", "ivanova@", "", "31.02.1980");
        FormErrors errors = FormErrors.found(ProfileForm.class, List.of(
                new FieldError("birthDate", "Дата рождения — в формате ДД.ММ.ГГГГ"),
                new FieldError("capacity", "Вместимость — целое число от 1 до 50"),
                new FieldError("email", "Адрес электронной почты указан неверно"),
                new FieldError("experienceYears", "Стаж — целое число лет от 0 до 70")));
        var page = MentorFormPage.of(BankMother.IVANOVA, typed, errors, BankMother.schools(), BankMother.competencies(),
                BankMother.forms(), BankMother.formats());

        Rendered edit = Templates.render(page, PortalUsers.methodist()).assertRussianOnly();

        assertThat(edit.heading()).isEqualTo("Изменение профиля наставника");
        assertThat(edit.html()).contains("action=\"/bank/" + BankMother.IVANOVA + "/edit\"");
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
        assertThat(edit.field("ownStrengths").html()).contains("value=\"школа молодого педагога\" checked=\"checked\"");
        assertThat(edit.field("newOwnStrengths").html()).contains("тьюторство");
        assertThat(edit.field("formats").html()).contains("value=\"REVERSE\"", "реверсивное");
        assertThat(edit.field("homeSchoolId").html()).contains("<option value=\"1\" selected=\"selected\">МАОУ СОШ № 1</option>");
        assertThat(edit.field("associationMember").html()).contains("checked=\"checked\"");
        // the summary lists them in the order of the form's fields, each linking to its field
        assertThat(edit.summary()).containsExactly("Вместимость — целое число от 1 до 50",
                "Стаж — целое число лет от 0 до 70", "Адрес электронной почты указан неверно",
                "Дата рождения — в формате ДД.ММ.ГГГГ");
        assertThat(edit.html()).contains("<a href=\"#capacity\">", "Проверьте заполнение формы");
    }

    @Test
    void aNewMentorUsesTheSameFormWithTheSchoolFromAListAndStrengthsAsChoices() {
        FormErrors errors = FormErrors.found(ProfileForm.class, List.of(
                new FieldError(null, "Неизвестная компетенция: «левитация»")));

        Rendered form = Templates.render(MentorFormPage.of(null, ProfileForm.empty(), errors, BankMother.schools(),
                BankMother.competencies(), BankMother.forms(), BankMother.formats()), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(form.heading()).isEqualTo("Новый наставник");
        assertThat(form.html()).contains("action=\"/mentors/new\"");
        assertThat(form.summary()).containsExactly("Неизвестная компетенция: «левитация»");
        assertThat(form.field("homeSchoolId").html()).contains("<select", "МАОУ СОШ № 1", "Гимназия № 2");
        assertThat(form.field("strengths").html()).contains("type=\"checkbox\"", "value=\"подготовка к ГИА\"");
        assertThat(form.field("kind").html()).contains("<option value=\"TEACHER\" selected=\"selected\">Педагог</option>");
        assertThat(form.text()).contains("Добавить наставника")
                .doesNotContain("Сильные стороны (через запятую)", "Школа (номер)");
    }

    @Test
    void aRetiredEntryIsOfferedOnlyToTheMentorWhoHasIt() {
        var retired = new ru.mentoring.portal.backend.mentorbank.Catalogue.Entry("old", "медиация", List.of(), false,
                List.of(), List.of());
        var competencies = new java.util.ArrayList<>(BankMother.competencies());
        competencies.add(retired);
        ProfileForm holds = new ProfileForm("Иванова", "TEACHER", "2", "", "", "", "", "", "", List.of("медиация"),
                List.of(), "", List.of(), List.of(), "", "", "", "", "", null, "MUNICIPAL", "", "", "");

        var withIt = MentorFormPage.of(BankMother.IVANOVA, holds, FormErrors.none(), BankMother.schools(), competencies,
                BankMother.forms(), BankMother.formats());
        var without = MentorFormPage.of(null, ProfileForm.empty(), FormErrors.none(), BankMother.schools(), competencies,
                BankMother.forms(), BankMother.formats());

        assertThat(withIt.strengths()).extracting(Option::label).contains("медиация (выведено из справочника)");
        assertThat(without.strengths()).extracting(Option::label).doesNotContain("медиация (выведено из справочника)");
    }

    @Test
    void thePreviewShowsEveryRowWithItsWarningsAndAsksForConfirmation() {
        var result = new Mentors.ImportResult(2, List.of(new Mentors.RejectedRow(9, null, "не указано ФИО наставника (B9)",
                "База")), 1, true, 1, List.of(
                new Mentors.ImportRow("База", 5, "Петров Пётр", "IMPORT", null,
                        List.of(new Mentors.CellWarning("Электронная почта", "F5", "«петров@» — не адрес электронной почты: не записан")),
                        List.of(new Mentors.StrengthMatch("критериальное и формирующее оценивание",
                                List.of("формирующее оценивание"), "те же слова в другой форме"),
                                new Mentors.StrengthMatch("школа молодого педагога", List.of(),
                                        "своими словами: попадёт в список для методиста")),
                        List.of("школа молодого педагога")),
                new Mentors.ImportRow("База", 9, null, "REFUSED", "не указано ФИО наставника (B9)", List.of(), List.of(),
                        List.of())),
                List.of(new Mentors.OwnPhrase("школа молодого педагога", List.of(5))));

        Rendered page = Templates.render(ImportPage.preview(result, "база.xlsx", "МАОУ СОШ № 1"),
                PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.text()).contains("Будет загружено наставников: 2", "Предупреждений: 1.", "Не загружается строк: 1.",
                "Пустых строк пропущено: 1.", "«База», строка 5", "загружается с предупреждениями",
                "F5 «Электронная почта»: «петров@» — не адрес электронной почты: не записан",
                "«критериальное и формирующее оценивание» → формирующее оценивание (те же слова в другой форме)",
                "не загружается", "Формулировки, которых нет в справочнике", "Загрузить в банк", "Отменить");
        assertThat(page.html()).contains("action=\"/bank/import/confirm\"", "action=\"/bank/import/cancel\"");
    }

    @Test
    void afterTheImportTheResultIsShownWithoutButtons() {
        var result = new Mentors.ImportResult(12, List.of(), 0);

        Rendered page = Templates.render(ImportPage.done(result, "база.xlsx"), PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.text()).contains("Загружено наставников: 12").doesNotContain("Загрузить в банк");
    }

    @Test
    void importWithoutAFileSaysSoUnderTheFileField() {
        FormErrors errors = FormErrors.found(SheetUpload.class, new SheetUpload(null, null).check());

        Rendered page = Templates.render(ImportPage.upload(errors, BankMother.schools(), null), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(page.field("file").errors()).containsExactly("Выберите файл Excel (.xlsx) со списком наставников");
        assertThat(page.field("school").html()).contains("МАОУ СОШ № 1");
        assertThat(page.text()).doesNotContain("Загружено наставников");
    }
}
