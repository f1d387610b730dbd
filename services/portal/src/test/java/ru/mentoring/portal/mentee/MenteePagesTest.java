package ru.mentoring.portal.mentee;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.consent.ConsentSection;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormErrors.FieldError;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mentee base's pages as a curator reads them. */
class MenteePagesTest {

    @Test
    void baseListsTheMenteesFoundWithTheCountsAndKeepsTheFilters() {
        var filter = MenteeFilter.of("CANDIDATE", "PUPIL", "c1", "Петров");
        var base = List.of(SchoolMother.pupil(), SchoolMother.teacher());
        var page = MenteeBasePage.of(filter, base, List.of(SchoolMother.pupil()), SchoolMother.categories());

        Rendered list = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(list.heading()).isEqualTo("База наставляемых");
        assertThat(list.text()).contains("в базе (без архива): 2", "кандидатов: 2", "в паре: 0",
                "Петров Пётр Петрович обучающийся 9Б класс Успеваемость: подтянуть математику к ОГЭ кандидат 05.09.2026",
                "Найдено наставляемых: 1", "Сбросить фильтры").doesNotContain("Сидорова");
        assertThat(list.field("status").html()).contains("<option value=\"CANDIDATE\" selected=\"selected\">кандидат</option>");
        assertThat(list.field("kind").html()).contains("<option value=\"PUPIL\" selected=\"selected\">обучающийся</option>");
        assertThat(list.field("category").html()).contains("<option value=\"c1\" selected=\"selected\">Успеваемость</option>",
                "Профориентация (не используется)");
        assertThat(list.html()).contains("href=\"/mentees/" + SchoolMother.PUPIL + "\"", "href=\"/mentees/export.xlsx\"",
                "href=\"/mentees/import\"", "href=\"/mentees/requests\"");
    }

    @Test
    void anUnusableFilterIsDroppedAndAnEmptyBaseSaysSo() {
        var filter = MenteeFilter.of("DELETED", "ROBOT", "../x", " ");
        var page = MenteeBasePage.of(filter, List.of(), List.of(), List.of());

        Rendered list = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(filter.isEmpty()).isTrue();
        assertThat(list.text()).contains("В базе пока нет наставляемых.").doesNotContain("Сбросить фильтры");
        assertThat(list.html()).doesNotContain("mentees-table");
    }

    @Test
    void oneFormForEveryKindWithTheRestrictedBlockMarkedAndErrorsUnderTheirFields() {
        MenteeForm typed = new MenteeForm("Петров Пётр", "PUPIL", "", "13В", "", "", "", "", "", "", "", "c1", "",
                "2026-09-01", "QUESTIONNAIRE", "", null, "true", null, "true");
        FormErrors errors = FormErrors.found(MenteeForm.class, typed.check());

        Rendered form = Templates.render(MenteeFormPage.of(null, typed, errors, SchoolMother.categories()),
                PortalUsers.curator("1")).assertRussianOnly();

        assertThat(form.heading()).isEqualTo("Новый наставляемый");
        assertThat(form.field("grade").errors()).containsExactly("Класс — номер от 1 до 11 и буква, например 7Б");
        assertThat(form.field("grade").html()).contains("value=\"13В\"");
        assertThat(form.field("kind").html()).contains("<option value=\"PUPIL\" selected=\"selected\">обучающийся</option>");
        assertThat(form.field("requestCategory").html()).contains("<option value=\"c1\" selected=\"selected\">Успеваемость</option>")
                .doesNotContain("Профориентация");
        assertThat(form.field("source").html()).contains("<option value=\"QUESTIONNAIRE\" selected=\"selected\">анкетирование</option>");
        assertThat(form.text()).contains("Обучающийся или студент", "Молодой педагог", "Должность", "Педагогический стаж",
                "Только для куратора: категории ограниченного доступа", "не попадают к наставникам, в выгрузки");
        assertThat(form.field("difficultSituation").html()).contains("checked=\"checked\"");
        assertThat(form.field("supportNeeds").html()).doesNotContain("checked");
        assertThat(form.html()).contains("class=\"field restricted\"", "action=\"/mentees/new\"");
    }

    @Test
    void aYoungTeacherWithoutAPositionIsToldWhere() {
        MenteeForm typed = MenteeForm.empty("TEACHER", LocalDate.of(2026, 9, 1));
        List<FieldError> errors = new MenteeForm("Сидорова Анна", "TEACHER", "", "", "", "", " ", "", "", "", "", "", "",
                "", "CURATOR", "", null, null, null, null).check();

        assertThat(errors).containsExactly(new FieldError("position", "Укажите должность молодого педагога"));
        assertThat(typed.enteredAt()).isEqualTo("2026-09-01");
        assertThat(typed.source()).isEqualTo("CURATOR");
    }

    @Test
    void whatDoesNotBelongToTheKindIsNotSent() {
        MenteeForm teacher = new MenteeForm(" Сидорова Анна ", "TEACHER", "01.06.2001", "9Б", "Мама", "", "учитель",
                "математика", "2", "", "", "c2", "", "", "CURATOR", "", null, null, "true", null);

        Mentees.Save save = teacher.toCommand();

        assertThat(save.fullName()).isEqualTo("Сидорова Анна");
        assertThat(save.birthDate()).isEqualTo(LocalDate.of(2001, 6, 1));
        assertThat(save.grade()).isNull();
        assertThat(save.guardianName()).isNull();
        assertThat(save.position()).isEqualTo("учитель");
        assertThat(save.experienceYears()).isEqualTo(2);
        assertThat(save.behaviour()).isTrue();
        assertThat(save.poorResults()).isFalse();
    }

    @Test
    void cardShowsThePupilTheRestrictedBlockTheConsentsAndThePairs() {
        var consents = ConsentSection.of(SchoolMother.PUPIL, List.of(SchoolMother.processing(),
                SchoolMother.withdrawnDistribution()));
        MenteeCard card = MenteeCard.of(SchoolMother.pupil(), consents, List.of(SchoolMother.waitingPair(),
                SchoolMother.teacherPair()));

        Rendered page = Templates.render(card, PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");

        assertThat(page.heading()).isEqualTo("Петров Пётр Петрович");
        assertThat(page.text()).contains("Кто обучающийся", "Дата рождения 02.03.2011 (15 лет)", "Класс (группа) 9Б",
                "Родитель (законный представитель) Петрова Анна Сергеевна", "Категория запроса Успеваемость",
                "Запрос подтянуть математику к ОГЭ", "Источник анкетирование",
                "Только для куратора: категории ограниченного доступа", "трудная жизненная ситуация",
                "низкие образовательные результаты",
                "на обработку персональных данных Петрова Анна Сергеевна, родитель (законный представитель); с подписью обучающегося 06.09.2026 редакция 1 действует",
                "отозвано 30.09.2026: не хотим публикаций", "Петров Пётр Андреевич студент – ученик 01.10.2026 — 31.05.2027 ожидает подтверждения",
                "Подобрать наставника по анкетам", "Взаимный выбор", "Перевести в архив")
                .doesNotContain("Нет действующего согласия", "Должность", "Иванова Мария Петровна",
                        "нуждается в особой поддержке");
        assertThat(page.html()).contains("href=\"/mentees/" + SchoolMother.PUPIL + "/consents/" + SchoolMother.CONSENT
                        + "/document?format=pdf\"",
                "action=\"/mentees/" + SchoolMother.PUPIL + "/consents/" + SchoolMother.CONSENT + "/withdraw\"",
                "action=\"/mentees/" + SchoolMother.PUPIL + "/consent-forms/TRANSFER\"", "name=\"partner\"",
                "href=\"/mentees/" + SchoolMother.PUPIL + "/consents/new?kind=DISTRIBUTION\"",
                "href=\"/matching?mentee=" + SchoolMother.PUPIL + "\"", "href=\"/pairs/" + SchoolMother.PAIR + "\"")
                .doesNotContain("consents/new?kind=PROCESSING");
    }

    @Test
    void withoutAProcessingConsentTheCardSaysMatchingIsClosed() {
        MenteeCard card = MenteeCard.of(SchoolMother.teacher(), ConsentSection.of(SchoolMother.TEACHER, List.of()),
                List.of());

        Rendered page = Templates.render(card, PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");

        assertThat(page.text()).contains("Нет действующего согласия на обработку персональных данных",
                "Согласий пока не записано.", "Должность учитель математики", "Педагогический стаж 1 год",
                "Отметок нет.", "Наставляемый пока не входит ни в одну пару.")
                .doesNotContain("Подобрать наставника по анкетам", "Класс (группа)");
        assertThat(page.html()).contains("consents/new?kind=PROCESSING");
    }

    @Test
    void requestMapCountsTheMenteesOfEachCategory() {
        var page = RequestMapPage.of(SchoolMother.categories(), List.of(SchoolMother.pupil(), SchoolMother.teacher()),
                CategoryForm.empty(), FormErrors.found(CategoryForm.class,
                        List.of(new FieldError("title", "Укажите название категории запроса"))));

        Rendered map = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(map.heading()).isEqualTo("Карта запросов");
        assertThat(map.text()).contains("Успеваемость 1 предлагается", "Адаптация 1 предлагается",
                "Профориентация 0 не используется", "Вывести из списка", "Вернуть в список");
        assertThat(map.field("title").errors()).containsExactly("Укажите название категории запроса");
        assertThat(map.html()).contains("action=\"/mentees/requests/c3/restore\"", "action=\"/mentees/requests/c1/rename\"");
    }

    @Test
    void importPreviewShowsEachRowsFateWithItsWarningsAndTheConfirmation() {
        var result = new Mentees.ImportResult(true, 0, List.of(
                new Mentees.ImportRow("База", 2, "Петров Пётр", "WOULD_IMPORT",
                        List.of(new Mentees.Warning("Класс", "класс «9 б» записан как 9Б")), null),
                new Mentees.ImportRow("База", 3, null, "REFUSED", List.of(), "Не указано ФИО")));

        Rendered page = Templates.render(MenteeImportPage.of(result, "база.xlsx"), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Импорт базы наставляемых");
        assertThat(page.text()).contains("Файл «база.xlsx» ещё не загружен", "Будет загружено: 1", "Не будет загружено: 1",
                "2 Петров Пётр будет загружена «Класс»: класс «9 б» записан как 9Б",
                "3 — не будет загружена Не указано ФИО", "Загрузить строки без отказов");
        assertThat(page.html()).contains("action=\"/mentees/import/confirm\"").doesNotContain("type=\"file\"");
    }

    @Test
    void importResultAndTheUploadWithItsError() {
        var result = new Mentees.ImportResult(false, 1, List.of(
                new Mentees.ImportRow("База", 2, "Петров Пётр", "IMPORTED", List.of(), null),
                new Mentees.ImportRow("База", 3, null, "REFUSED", List.of(), "Не указано ФИО")));
        Rendered done = Templates.render(MenteeImportPage.of(result, "база.xlsx"), PortalUsers.curator("1"))
                .assertRussianOnly();
        Rendered upload = Templates.render(MenteeImportPage.upload(FormErrors.found(MenteeSheetUpload.class,
                new MenteeSheetUpload(null).check())), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(done.text()).contains("Загружено наставляемых: 1. Не загружено строк: 1.", "загружена", "не загружена")
                .doesNotContain("Загрузить строки без отказов");
        assertThat(upload.field("file").errors()).containsExactly("Выберите файл Excel (.xlsx) с базой наставляемых");
        assertThat(upload.text()).contains("Сначала вы увидите, что станет с каждой строкой");
    }
}
