package ru.mentoring.portal.practice;

import ru.mentoring.portal.backend.practices.Practices;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Object Mother of the library's answers, as the practices service writes them. */
final class PracticeMother {

    static final UUID ID = UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
    static final UUID FILE = UUID.fromString("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
    static final Instant AT = Instant.parse("2026-03-12T07:00:00Z");

    private PracticeMother() {
    }

    static Practices.SearchResult found() {
        return new Practices.SearchResult(List.of(new Practices.Hit(ID, "Наставник рядом",
                "Опытные <mark>наставники</mark> сопровождают молодых коллег", 2, "1", "учитель – учитель",
                2025, "SCHOOL", "молодые педагоги", List.of("проектная деятельность"), List.of("Иванова Мария"), 4.5, 2,
                true, AT, null)),
                Map.of("form", Map.of("учитель – учитель", 1), "school", Map.of("1", 1), "level", Map.of("SCHOOL", 1)),
                1, 1, 20, "relevance");
    }

    static Practices.Page published(Practices.Permissions can) {
        return new Practices.Page(ID, "1", "SUBMITTED", "Подана куратором или наставником", null, 2, "PUBLISHED",
                "Опубликована", AT, 2, 2, "Наставник рядом", "Молодые педагоги не справляются с дисциплиной",
                "Опытные наставники сопровождают молодых коллег", "Взаимопосещение уроков", "Доля уроков без нарушений выросла",
                "учитель – учитель", "опытный педагог – молодой специалист", "молодые педагоги",
                List.of("проектная деятельность"), 2025, "SCHOOL", "Школьный",
                List.of(new Practices.Author("Иванова Мария Сергеевна", null, "учитель математики", null)),
                List.of(new Practices.Participant("Пётр А.", "молодой специалист", null)), true, null, AT, AT, true, null,
                List.of(new Practices.VersionInfo(1, "SUPERSEDED", "Заменена новой версией", AT),
                        new Practices.VersionInfo(2, "PUBLISHED", "Опубликована", AT)),
                can, List.of(new Practices.FileInfo(FILE, "сценарий.docx", "application/msword", 24576, "ab")),
                new Practices.Rating(4.5, 2), 5, true, List.of("2"), 1);
    }

    static Practices.Permissions readerCan() {
        return new Practices.Permissions(false, false, false, false, false, false);
    }

    static Practices.Page draft() {
        return new Practices.Page(ID, "1", "COMPLETED_PAIR", "Из завершённой наставнической пары",
                "Пара завершена с результатом «цели достигнуты»", 1, "DRAFT", "Черновик", null, null, 1,
                "Наставник рядом", null, null, null, null, null, null, null, List.of(), null, null, "", List.of(), List.of(),
                false, null, null, null, false, null, List.of(new Practices.VersionInfo(1, "DRAFT", "Черновик", null)),
                new Practices.Permissions(true, true, false, true, false, false), List.of(), null, null, false, List.of(), 0);
    }

    static Practices.Comment comment() {
        return new Practices.Comment(UUID.randomUUID(), "Кузнецова Ольга", "2", "Взяли в работу, спасибо!", AT);
    }

    static Practices.Review review(boolean withMine) {
        var criteria = List.of(new Practices.Criterion("RELEVANCE", "Актуальность и обоснованность проблемы", 5),
                new Practices.Criterion("NOVELTY", "Новизна и оригинальность", 5));
        var sheet = new Practices.Sheet("expert1", "Морозова Татьяна", Map.of("RELEVANCE", 5, "NOVELTY", 4), 9,
                "Практика описана полно", AT);
        return new Practices.Review(ID, 1, "Наставник рядом", "IN_REVIEW", "На экспертизе", criteria, 2,
                List.of(new Practices.ExpertLine("expert1", "Морозова Татьяна", true, 9),
                        new Practices.ExpertLine("expert2", "Орлов Николай", false, null)),
                withMine ? sheet : null, List.of(sheet), 9.0, false);
    }

    static List<Practices.Expert> experts() {
        return List.of(new Practices.Expert("expert1", "Морозова Татьяна", "expert1@mentoring.local"),
                new Practices.Expert("expert2", "Орлов Николай", "expert2@mentoring.local"));
    }

    static Practices.Summary summary(String status, String title) {
        return new Practices.Summary(ID, "1", "Наставник рядом", 1, status, title, null, "SUBMITTED", List.of("expert1"),
                AT, AT);
    }
}
