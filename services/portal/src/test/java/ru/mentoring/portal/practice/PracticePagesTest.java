package ru.mentoring.portal.practice;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormErrors.FieldError;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's pages as a user reads them: search, a practice, the form, my practices, review, collection. */
class PracticePagesTest {

    private static final String[] FORMATS = {"PDF", "DOCX", "PPTX", "XLSX", "ODT", "RTF", "TXT", "JPG", "PNG", "e", "mail", "docx"};

    @Test
    void searchShowsHitsWithSafeSnippetsAndFacetCountsTicked() {
        var query = LibraryQuery.of("наставники", List.of("учитель – учитель"), null, null, null, null, null, "date", "1");
        var page = LibraryController.LibraryViews.page(query, PracticeMother.found(), BankMother.schools(), true);

        Rendered search = Templates.render(page, PortalUsers.mentor()).assertRussianOnly();

        assertThat(search.heading()).isEqualTo("Банк практик");
        assertThat(search.text()).contains("Найдено практик: 1", "Наставник рядом", "рекомендована к конкурсу",
                "МАОУ СОШ № 1 · учитель – учитель · 2025 г. · школьный уровень · версия 2", "4,5 ★ (2 оценки)",
                "учитель – учитель (1)", "школьный (1)", "Подать практику");
        assertThat(search.html()).contains("<mark>наставники</mark>", "href=\"/practices/" + PracticeMother.ID + "\"",
                "<option value=\"date\" selected=\"selected\">сначала новые</option>");
        assertThat(search.field("form").html()).contains("checked=\"checked\"");
    }

    @Test
    void anUnsafeSnippetIsShownAsText() {
        assertThat(Snippets.safe("<script>x</script> и <mark>наставник</mark>")).doesNotContain("<script>").contains("&lt;mark&gt;");
        assertThat(Snippets.safe("<mark>наставник</mark> &amp; ученик")).isEqualTo("<mark>наставник</mark> &amp; ученик");
    }

    @Test
    void aPublishedPracticeSaysWhichVersionIsReadAndOffersTheCommunity() {
        var view = PracticeView.of(PracticeMother.published(PracticeMother.readerCan()), List.of(PracticeMother.comment()),
                List.of(), BankMother.schools(), PortalUsers.curator("3"));

        Rendered page = Templates.render(view, PortalUsers.curator("3")).assertRussianOnly(FORMATS);

        assertThat(page.text()).contains("Версия 2 — опубликована 12.03.2026", "рекомендована к конкурсу",
                "Целевая группа", "молодые педагоги", "Пётр А. (молодой специалист)", "сценарий.docx", "24 КБ",
                "Версия 1 — заменена новой версией", "4,5 ★ (2 оценки)", "Гимназия № 2", "Кузнецова Ольга, Гимназия № 2",
                "Взяли в работу, спасибо!", "Наша школа использует эту практику", "Убрать из коллекции", "Скачать PDF");
        assertThat(page.text()).doesNotContain("Изменить", "Отправить на экспертизу");
        assertThat(page.html()).contains("href=\"/practices/" + PracticeMother.ID + "/files/" + PracticeMother.FILE + "\"",
                "<option value=\"5\" selected=\"selected\">");
    }

    @Test
    void aDraftOffersItsAuthorsEditingFilesAndSubmissionButNoCommunity() {
        var view = PracticeView.of(PracticeMother.draft(), List.of(), List.of(), BankMother.schools(), PortalUsers.mentor());

        Rendered page = Templates.render(view, PortalUsers.mentor()).assertRussianOnly(FORMATS);

        assertThat(page.text()).contains("Версия 1 — черновик", "Из завершённой наставнической пары",
                "Пара завершена с результатом «цели достигнуты»", "Изменить", "Отправить на экспертизу", "Загрузить", "Файлов нет.");
        assertThat(page.text()).doesNotContain("Комментарии", "Ваша оценка", "В мою коллекцию");
    }

    @Test
    void theFormShowsEveryErrorUnderItsFieldAndKeepsTheInput() {
        var form = new PracticeFormFields("", "Проблема", "", "", "", "учитель – учитель", "", "", List.of("проектная деятельность"),
                "20", "SCHOOL", "; не-адрес", "true", "submit");
        var errors = FormErrors.found(PracticeFormFields.class, List.of(new FieldError("title", "Укажите название практики"),
                new FieldError("year", "Год реализации — четыре цифры, например 2025"),
                new FieldError("authors", "Строка 1: укажите ФИО автора")));
        var page = new PracticeFormPage(null, form, errors,
                List.of(new Option("учитель – учитель", "учитель – учитель", true)),
                List.of(new Option("проектная деятельность", "проектная деятельность", true)), PracticeLabels.levels("SCHOOL"));

        Rendered rendered = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly(FORMATS);

        assertThat(rendered.heading()).isEqualTo("Подать практику");
        assertThat(rendered.summary()).containsExactly("Укажите название практики",
                "Год реализации — четыре цифры, например 2025", "Строка 1: укажите ФИО автора");
        assertThat(rendered.field("title").errors()).containsExactly("Укажите название практики");
        assertThat(rendered.field("problem").html()).contains("Проблема");
        assertThat(rendered.field("year").html()).contains("value=\"20\"");
        assertThat(rendered.field("noPupilData").html()).contains("checked=\"checked\"");
    }

    @Test
    void myPracticesListStagesAndNotifications() {
        var page = MineController.of(List.of(PracticeMother.summary("RETURNED", "Возвращена на доработку")),
                new Practices.Inbox(List.of(new Practices.Notice(java.util.UUID.randomUUID(), PracticeMother.ID,
                        "Практика «Наставник рядом» возвращена на доработку: добавьте данные", PracticeMother.AT, null)), 1));

        Rendered rendered = Templates.render(page, PortalUsers.mentor()).assertRussianOnly();

        assertThat(rendered.text()).contains("Наставник рядом", "версия 1", "Возвращена на доработку", "новых: 1",
                "возвращена на доработку: добавьте данные", "Отметить все прочитанными");
    }

    @Test
    void theReviewQueueAndTheMethodistsReviewPage() {
        Rendered queue = Templates.render(ReviewQueuePage.of(List.of(PracticeMother.summary("IN_REVIEW", "На экспертизе")),
                        BankMother.schools(), true),
                PortalUsers.methodist()).assertRussianOnly();
        assertThat(queue.text()).contains("Наставник рядом", "На экспертизе", "МАОУ СОШ № 1", "назначено: 1");

        var review = ReviewPage.of(PracticeMother.review(false), PracticeMother.experts(), true, false,
                SheetFields.of(null), FormErrors.none());
        Rendered page = Templates.render(review, PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Экспертиза: Наставник рядом");
        assertThat(page.text()).contains("Морозова Татьяна — лист заполнен, сумма 9", "Орлов Николай — ещё оценивает",
                "Практика описана полно", "Средняя сумма баллов: 9.0", "Вернуть на доработку", "Отклонить",
                "Опубликовать можно, когда назначенные эксперты");
        assertThat(page.html()).contains("value=\"expert1\" checked=\"checked\"").doesNotContain("Мой лист оценки");
    }

    @Test
    void theExpertsScoringSheet() {
        var review = ReviewPage.of(PracticeMother.review(true), List.of(), false, true,
                SheetFields.of(PracticeMother.review(true).mine()), FormErrors.none());

        var expert = ru.mentoring.portal.web.PortalUser.of(PortalUsers.login("expert1", "Морозова Татьяна", "expert", null));
        Rendered page = Templates.render(review, expert).assertRussianOnly();

        assertThat(page.text()).contains("Мой лист оценки", "Актуальность и обоснованность проблемы (0–5)",
                "Лист отправлен методисту", "Отправить методисту").doesNotContain("Назначить экспертов");
        assertThat(page.field("relevance").html()).contains("<option value=\"5\" selected=\"selected\">5</option>");
        assertThat(page.field("comment").html()).contains("Практика описана полно");
    }

    @Test
    void myCollectionAndItsBuilder() {
        var bookmarked = new Practices.Bookmarked(PracticeMother.ID, "Наставник рядом", 2, "2", "учитель – учитель", 2025,
                PracticeMother.AT);
        var page = new CollectionPage(List.of(new CollectionPage.Row(PracticeMother.ID.toString(), "/practices/" + PracticeMother.ID,
                bookmarked.title(), "Гимназия № 2 · учитель – учитель · 2025 г.")),
                CollectionFields.empty(), FormErrors.found(CollectionFields.class,
                List.of(new FieldError("practices", "Отметьте практики, которые войдут в сборник"))),
                List.of(new Option(PracticeMother.ID.toString(), bookmarked.title(), false)),
                List.of(new Option("pdf", "PDF — для печати", true), new Option("docx", "DOCX — чтобы доработать в редакторе", false)));

        Rendered rendered = Templates.render(page, PortalUsers.mentor()).assertRussianOnly(FORMATS);

        assertThat(rendered.text()).contains("Моя коллекция", "Наставник рядом", "Гимназия № 2 · учитель – учитель · 2025 г.",
                "Собрать сборник", "Скачать сборник");
        assertThat(rendered.field("practices").errors()).containsExactly("Отметьте практики, которые войдут в сборник");
        assertThat(rendered.field("title").html()).contains("Сборник практик наставничества");
    }
}
