package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.PortalUser;

import java.util.ArrayList;
import java.util.List;

/**
 * The practice page: the version read (and which one it is), its facts and sections, files, the
 * versions the user may open, and for a published practice its rating, comments, the schools that use
 * it and similar practices; the buttons are those the library says this user may press.
 */
record PracticeView(String id, String title, String versionLine, String status, boolean published, String school,
                    String origin, @Nullable String note, List<Fact> facts, List<Section> sections,
                    List<Link> versions, List<FileRow> files, String rating, List<Option> stars, boolean bookmarked,
                    List<String> usedBy, boolean usedByMine, List<CommentRow> comments, List<Link> similar,
                    @Nullable String decisionReason, @Nullable String withdrawnReason, boolean recommended,
                    Actions can) implements PageModel {

    record Fact(String label, String value) {
    }

    record Section(String heading, String text) {
    }

    record Link(String label, String href, boolean current) {
    }

    record FileRow(String id, String name, String size, String href) {
    }

    record CommentRow(String author, String when, String text) {
    }

    /** What the page offers this user; every action is checked again by the library. */
    record Actions(boolean edit, boolean submit, boolean newVersion, boolean changeFiles, boolean review,
                   boolean decide, boolean rate, boolean comment, boolean use, boolean recommend) {
    }

    @Override
    public String view() {
        return "practice";
    }

    static PracticeView of(Practices.Page p, List<Practices.Comment> comments, List<Practices.Hit> similar,
                           Schools schools, PortalUser user) {
        boolean published = p.publishedVersion() != null && p.version() == p.publishedVersion();
        String versionLine = "Версия " + p.version() + " — " + p.statusTitle().toLowerCase()
                + (p.publishedAt() != null ? " " + Dates.moment(p.publishedAt()).substring(0, 10) : "");
        List<Fact> facts = new ArrayList<>();
        fact(facts, "Авторы", String.join("; ", list(p.authors()).stream().map(a -> a.position() == null ? a.fullName()
                : a.fullName() + ", " + a.position()).toList()));
        fact(facts, "Форма наставничества", p.form());
        fact(facts, "Вариант взаимодействия", p.formVariant());
        fact(facts, "Целевая группа", p.targetGroup());
        fact(facts, "Компетенции", String.join(", ", list(p.competencies())));
        fact(facts, "Год реализации", p.year() == null ? null : p.year().toString());
        fact(facts, "Уровень", p.levelTitle());
        fact(facts, "Участники", String.join("; ", list(p.participants()).stream().map(x -> x.publicName()
                + (x.role() == null ? "" : " (" + x.role() + ")") + (x.consent() == null ? "" : " — согласие: " + x.consent()))
                .toList()));
        List<Section> sections = new ArrayList<>();
        section(sections, "Проблема, которую решает практика", p.problem());
        section(sections, "Описание практики", p.description());
        section(sections, "Методы и приёмы", p.methods());
        section(sections, "Результаты и их подтверждение", p.results());
        List<Link> versions = list(p.versions()).stream().map(v -> new Link("Версия " + v.number() + " — "
                + v.statusTitle().toLowerCase(), "/practices/" + p.id() + "?version=" + v.number(), v.number() == p.version()))
                .toList();
        List<FileRow> files = list(p.files()).stream().map(f -> new FileRow(f.id().toString(), f.name(), size(f.size()),
                "/practices/" + p.id() + "/files/" + f.id())).toList();
        int mine = p.myStars() == null ? 0 : p.myStars();
        List<Option> stars = List.of(5, 4, 3, 2, 1).stream()
                .map(n -> new Option(String.valueOf(n), "★".repeat(n) + " — " + n, n == mine)).toList();
        String school = schools.label(p.schoolId());
        List<String> usedBy = list(p.usedBySchools()).stream().map(schools::label).toList();
        boolean usedByMine = user.schoolId().map(list(p.usedBySchools())::contains).orElse(false);
        var can = p.can();
        var actions = new Actions(can != null && can.edit(), can != null && can.submit(), can != null && can.newVersion(),
                can != null && can.changeFiles(), can != null && can.review(), can != null && can.decide(),
                published, published, published && user.isCurator(), published && user.isMethodist());
        return new PracticeView(p.id().toString(), p.title(), versionLine, p.statusTitle(), published, school,
                p.originTitle(), p.note(), facts, sections, versions, files,
                p.rating() == null ? "оценок нет" : PracticeLabels.rating(p.rating().average(), p.rating().count()), stars,
                p.bookmarked(), usedBy, usedByMine,
                comments.stream().map(c -> new CommentRow(c.authorName() + (c.authorSchoolId() == null ? ""
                        : ", " + schools.label(c.authorSchoolId())), Dates.moment(c.createdAt()), c.text())).toList(),
                similar.stream().map(h -> new Link(h.title(), "/practices/" + h.id(), false)).toList(),
                p.decisionReason(), p.withdrawnReason(), p.recommended(), actions);
    }

    public String pdfHref() {
        return "/practices/" + id + "/export.pdf";
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.of("ru"), "%.1f МБ", bytes / 1048576.0)
                : Math.max(1, bytes / 1024) + " КБ";
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static void fact(List<Fact> facts, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value));
        }
    }

    private static void section(List<Section> sections, String heading, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new Section(heading, text));
        }
    }
}
