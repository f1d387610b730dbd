package ru.mentoring.practices.export;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.practices.practice.Author;
import ru.mentoring.practices.practice.Levels;
import ru.mentoring.practices.practice.PracticeView;
import ru.mentoring.practices.practice.PublishedPractice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a printed practice says, in Russian, in the order of the submission form. */
final class ExportLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("ru"));
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private ExportLayout() {
    }

    static ExportedPractice of(PracticeView v, List<String> files, Map<String, String> schools) {
        String version = "Версия " + v.version() + " — " + v.statusTitle().toLowerCase(Locale.ROOT)
                + (v.publishedAt() != null ? " " + date(v.publishedAt()) : "");
        List<ExportedPractice.Fact> facts = facts(schools.getOrDefault(v.schoolId(), "№ " + v.schoolId()), v.form(),
                v.formVariant(), v.targetGroup(), v.competencies(), v.year(), Levels.title(v.level()),
                v.authors().stream().map(ExportLayout::author).toList(),
                v.participants().stream().map(p -> p.role() == null ? p.publicName() : p.publicName() + " (" + p.role() + ")").toList(),
                v.recommended(), files);
        return new ExportedPractice(v.title(), version, facts, sections(v.problem(), v.description(), v.methods(), v.results()));
    }

    static ExportedPractice of(PublishedPractice p, List<String> files, Map<String, String> schools) {
        String version = "Версия " + p.version() + " — опубликована " + date(p.publishedAt());
        List<ExportedPractice.Fact> facts = facts(schools.getOrDefault(p.schoolId(), "№ " + p.schoolId()), p.form(),
                p.formVariant(), p.targetGroup(), p.competencies(), p.year(), Levels.title(p.level()),
                p.authors().stream().map(ExportLayout::author).toList(),
                p.participants().stream().map(x -> x.role() == null ? x.publicName() : x.publicName() + " (" + x.role() + ")").toList(),
                p.recommended(), files);
        return new ExportedPractice(p.title(), version, facts, sections(p.problem(), p.description(), p.methods(), p.results()));
    }

    static String date(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    private static List<ExportedPractice.Fact> facts(String school, @Nullable String form, @Nullable String variant,
                                                     @Nullable String target, List<String> competencies,
                                                     @Nullable Integer year, String level, List<String> authors,
                                                     List<String> participants, boolean recommended, List<String> files) {
        List<ExportedPractice.Fact> facts = new ArrayList<>();
        add(facts, "Образовательная организация", school);
        add(facts, "Авторы", String.join("; ", authors));
        add(facts, "Форма наставничества", form);
        add(facts, "Вариант взаимодействия", variant);
        add(facts, "Целевая группа", target);
        add(facts, "Компетенции", String.join(", ", competencies));
        add(facts, "Год реализации", year == null ? null : year.toString());
        add(facts, "Уровень", level);
        add(facts, "Участники", String.join("; ", participants));
        if (recommended) {
            add(facts, "Рекомендована к конкурсу", "да");
        }
        add(facts, "Прикреплённые материалы", files.stream().collect(Collectors.joining("; ")));
        return facts;
    }

    private static List<ExportedPractice.Section> sections(@Nullable String problem, @Nullable String description,
                                                           @Nullable String methods, @Nullable String results) {
        List<ExportedPractice.Section> sections = new ArrayList<>();
        section(sections, "Проблема, которую решает практика", problem);
        section(sections, "Описание практики", description);
        section(sections, "Методы и приёмы", methods);
        section(sections, "Результаты и их подтверждение", results);
        return sections;
    }

    private static String author(Author a) {
        return a.position() == null ? a.fullName() : a.fullName() + ", " + a.position();
    }

    private static void add(List<ExportedPractice.Fact> facts, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new ExportedPractice.Fact(label, value));
        }
    }

    private static void section(List<ExportedPractice.Section> sections, String heading, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new ExportedPractice.Section(heading, text));
        }
    }
}
