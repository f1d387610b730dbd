package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.practice.PracticeLevel;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A form cleaned up: trimmed text, blanks as absent, no duplicate competencies, e-mails in lower case. */
record PracticeContent(
        String title,
        @Nullable String problem,
        @Nullable String description,
        @Nullable String methods,
        @Nullable String results,
        @Nullable String form,
        @Nullable String formVariant,
        @Nullable String targetGroup,
        List<String> competencies,
        @Nullable Integer year,
        @Nullable PracticeLevel level,
        List<Author> authors,
        boolean noPupilData) {

    private static final Map<String, PracticeLevel> LEVEL_WORDS = Map.of(
            "school", PracticeLevel.SCHOOL, "школьный", PracticeLevel.SCHOOL,
            "municipal", PracticeLevel.MUNICIPAL, "муниципальный", PracticeLevel.MUNICIPAL,
            "regional", PracticeLevel.REGIONAL, "региональный", PracticeLevel.REGIONAL);

    /**
     * @param actor who writes it: a mentor who is not yet among the authors becomes one, since a
     *              mentor submits their own practice
     */
    static PracticeContent of(PracticeForm f, Actor actor) {
        List<Author> authors = new ArrayList<>();
        var seen = new LinkedHashSet<String>();
        for (Author a : f.authors() == null ? List.<Author>of() : f.authors()) {
            String email = text(a.email()) == null ? null : a.email().strip().toLowerCase(Locale.ROOT);
            if (seen.add(a.fullName().strip() + "|" + email)) {
                authors.add(new Author(a.fullName().strip(), email, text(a.position()), a.mentorId()));
            }
        }
        if (actor.isMentor() && actor.email().isPresent()
                && authors.stream().noneMatch(a -> actor.email().get().equals(a.email()))) {
            authors.add(new Author(actor.displayName(), actor.email().get(), null, null));
        }
        String description = text(f.description()) != null ? text(f.description()) : text(f.summary());
        return new PracticeContent(f.title().strip(), text(f.problem()), description, text(f.methods()),
                text(f.results()), form(f.form()), text(f.formVariant()), text(f.targetGroup()),
                distinct(f.competencies()), f.year(), level(f.level()), List.copyOf(authors),
                Boolean.TRUE.equals(f.noPupilData()));
    }

    List<String> authorEmails() {
        return authors.stream().map(Author::email).filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    static PracticeContent of(PracticeVersion v) {
        return new PracticeContent(v.title(), v.problem(), v.description(), v.methods(), v.results(), v.form(),
                v.formVariant(), v.targetGroup(), v.competencies(), v.year(), v.level(), v.authors(), v.noPupilData());
    }

    @Nullable
    static PracticeLevel level(@Nullable String value) {
        if (text(value) == null) {
            return null;
        }
        PracticeLevel level = LEVEL_WORDS.get(value.strip().toLowerCase(Locale.ROOT));
        if (level == null) {
            throw new BusinessRuleException("Уровень практики: школьный, муниципальный или региональный");
        }
        return level;
    }

    static List<String> distinct(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /**
     * «учитель–учитель», «учитель - учитель» and «учитель – учитель» are one form: written the way the
     * mentor bank's catalogue writes it, so search facets count them together.
     */
    @Nullable
    static String form(@Nullable String value) {
        String text = text(value);
        return text == null ? null : text.replaceAll("\\s*[–—-]\\s*", " – ").replaceAll("\\s+", " ");
    }

    @Nullable
    static String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
