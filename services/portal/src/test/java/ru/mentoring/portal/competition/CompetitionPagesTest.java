package ru.mentoring.portal.competition;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.EventsMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The competition pages: the list, the stages with the methodist's and the expert's actions, results, the scoring sheet. */
class CompetitionPagesTest {

    private static final String[] LATIN = {"https", "disk", "example", "ru", "vk", "com", "video", "imc"};

    @Test
    void theListAndTheMethodistsViewOfTheTechnicalCheck() {
        var c = EventsMother.competition("TECHNICAL_CHECK", "Техническая экспертиза");
        Rendered list = Templates.render(CompetitionPages.list(List.of(c)), PortalUsers.methodist()).assertRussianOnly(LATIN);
        assertThat(list.text()).contains("Конкурсы", "Техническая экспертиза");

        var page = CompetitionPages.card(c, new Events.EntryList(List.of(EventsMother.entry()), List.of()), List.of(), null,
                PortalUsers.methodist(), EntryForm.EMPTY, FormErrors.none(), BankMother.schools());
        Rendered card = Templates.render(page, PortalUsers.methodist()).assertRussianOnly(LATIN);

        assertThat(card.text()).contains("Сейчас: Техническая экспертиза", "Приём материалов до 10.02.2027", "Допустить",
                "Не допустить", "Назначить", "Татьяна Морозова", "Перейти к следующему этапу");
    }

    @Test
    void anExpertSeesWhatWaitsForTheirSheetAndPublishedResults() {
        var c = EventsMother.competition("CORRESPONDENCE", "Заочный этап (портфолио)");
        var task = new Events.Task(c.id(), "Конкурс", EventsMother.ENTRY, "Пара «учитель — молодой специалист»",
                "Лучшие практики наставничества", "CORRESPONDENCE", "Заочный этап (портфолио)", null, false);
        var results = new Events.Results(Map.of("Лучшие практики наставничества", List.of(new Events.ResultRow(EventsMother.ENTRY,
                "Пара «учитель — молодой специалист»", "Иванова Мария Сергеевна", "1", "Лучшие практики наставничества",
                "ADVANCED", 25.5, 28.5, 54.0, 1, "«Лучшие практики наставничества»: победитель"))));
        var expert = ru.mentoring.portal.web.PortalUser.of(PortalUsers.login("expert1", "Татьяна Морозова", "expert", null));
        var page = CompetitionPages.card(c, new Events.EntryList(List.of(EventsMother.entry()), null), List.of(task), results,
                expert, EntryForm.EMPTY, FormErrors.none(), BankMother.schools());

        Rendered card = Templates.render(page, expert).assertRussianOnly(LATIN);

        assertThat(card.text()).contains("Мои работы на экспертизу", "ждёт оценки", "Итоги", "25,5", "28,5", "54,0",
                "«Лучшие практики наставничества»: победитель");
        assertThat(card.html()).contains("href=\"/competitions/" + c.id() + "/entries/" + EventsMother.ENTRY + "/sheet\"");
    }

    @Test
    void afterTheScoringStagesAnExpertIsToldSheetsAreClosedAndIsNotOfferedTheJury() {
        var c = EventsMother.competition("RESULTS", "Подведение итогов");
        var expert = ru.mentoring.portal.web.PortalUser.of(PortalUsers.login("expert1", "Татьяна Морозова", "expert", null));
        var page = CompetitionPages.card(c, new Events.EntryList(List.of(EventsMother.entry()), null), List.of(), null,
                expert, EntryForm.EMPTY, FormErrors.none(), BankMother.schools());

        Rendered card = Templates.render(page, expert).assertRussianOnly(LATIN);

        assertThat(card.text()).contains("Сейчас работы не оцениваются").doesNotContain("Работ вам пока не назначено")
                .doesNotContain("Войти в состав жюри");
    }

    @Test
    void aCuratorSubmitsAnEntryDuringAcceptanceAndSeesEveryErrorUnderItsField() {
        var c = EventsMother.competition("ACCEPTANCE", "Приём материалов");
        var errors = FormErrors.found(EntryForm.class, List.of(new FormErrors.FieldError("title", "Укажите название работы")));
        var page = CompetitionPages.card(c, new Events.EntryList(List.of(), null), List.of(), null, PortalUsers.curator("1"),
                new EntryForm("", "Педагог-наставник", "Описание", "", ""), errors, BankMother.schools());

        Rendered card = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly(LATIN);

        assertThat(card.field("title").errors()).containsExactly("Укажите название работы");
        assertThat(card.field("nomination").html()).contains("<option value=\"Педагог-наставник\" selected=\"selected\">");
    }

    @Test
    void theScoringSheetShowsTheStagesCriteriaWithTheirMaximum() {
        var c = EventsMother.competition("CORRESPONDENCE", "Заочный этап (портфолио)");
        var form = new SheetController.SheetForm(Map.of(EventsMother.CRITERION.toString(), "десять"), "");
        var errors = FormErrors.found(SheetController.SheetForm.class, form.check());
        var page = SheetController.sheet(c, EventsMother.entry(), form, errors);

        Rendered sheet = Templates.render(page, PortalUsers.methodist()).assertRussianOnly(LATIN);

        assertThat(sheet.text()).contains("Лист оценки", "Результативность наставничества (0–10)", "Комментарий эксперта");
        assertThat(sheet.summary()).containsExactly("Поставьте балл целым числом по каждому критерию");
        assertThat(sheet.field("c_" + EventsMother.CRITERION).html()).contains("value=\"десять\"");
    }
}
