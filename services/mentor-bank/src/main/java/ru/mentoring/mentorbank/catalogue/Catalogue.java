package ru.mentoring.mentorbank.catalogue;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The managed lists: competencies (strengths), mentoring forms with their variants, and the kinds and
 * formats of teacher mentoring. Every check of a profile and every imported row reads them, so a
 * snapshot is kept for a few seconds and dropped at once when this instance changes them (another
 * instance sees a change within {@link #FRESH_FOR}). Retired entries stay in the snapshot: a mentor who
 * has one keeps it, but it is not offered and no phrase is matched to it.
 */
@Singleton
public class Catalogue {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final CatalogueQueries queries;
    private final Clock clock;
    private volatile Snapshot snapshot;

    Catalogue(CatalogueQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public List<Entry> competencies() {
        return snapshot().competencies().stream().filter(Entry::active).toList();
    }

    public List<Entry> forms() {
        return snapshot().forms().stream().filter(Entry::active).toList();
    }

    public List<Entry> formats() {
        return snapshot().formats().stream().filter(Entry::active).toList();
    }

    public List<Entry> allCompetencies() {
        return snapshot().competencies();
    }

    public List<Entry> allForms() {
        return snapshot().forms();
    }

    public List<Entry> allFormats() {
        return snapshot().formats();
    }

    /**
     * Strengths given that are neither offered competencies (by title or code, in any case and with any
     * dash) nor retired ones the mentor already has.
     */
    public List<String> unknownCompetencies(Collection<String> titles, Collection<String> held) {
        return unknown(titles, held, snapshot().competencies(), Phrases::key);
    }

    /** Forms are given by code (TEACHER_TEACHER) or by title («учитель – учитель»). */
    public List<String> unknownForms(Collection<String> forms, Collection<String> held) {
        return unknown(forms, held, snapshot().forms(), Phrases::formKey);
    }

    public List<String> unknownFormats(Collection<String> formats, Collection<String> held) {
        return unknown(formats, held, snapshot().formats(), Phrases::key);
    }

    /** The form's code for a code or a title, so the profile stores one spelling. */
    public String formCode(String codeOrTitle) {
        return find(snapshot().forms(), codeOrTitle, Phrases::formKey).map(Entry::code).orElse(codeOrTitle.strip());
    }

    public String formatCode(String codeOrTitle) {
        return find(snapshot().formats(), codeOrTitle, Phrases::key).map(Entry::code).orElse(codeOrTitle.strip());
    }

    /** The competency's title as the catalogue spells it. */
    public String competencyTitle(String titleOrCode) {
        return find(snapshot().competencies(), titleOrCode, Phrases::key).map(Entry::title).orElse(titleOrCode.strip());
    }

    public Optional<Entry> competency(String code) {
        return snapshot().competencies().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<Entry> form(String code) {
        return snapshot().forms().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<Entry> format(String code) {
        return snapshot().formats().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** The offered competencies a school's phrase means: exact, synonym, word forms, then similarity. */
    public Optional<PhraseMatcher.Match> matchCompetency(String phrase) {
        return snapshot().competencyMatcher().match(phrase);
    }

    public Optional<PhraseMatcher.Match> matchForm(String phrase) {
        return snapshot().formMatcher().match(phrase);
    }

    public Optional<PhraseMatcher.Match> matchFormat(String phrase) {
        return snapshot().formatMatcher().match(phrase);
    }

    /** The next read sees the tables again: called after every change of them. */
    void changed() {
        snapshot = null;
    }

    private static Optional<Entry> find(List<Entry> entries, String codeOrTitle, java.util.function.Function<String, String> key) {
        String k = key.apply(codeOrTitle);
        return entries.stream().filter(e -> e.code().equalsIgnoreCase(codeOrTitle.strip()) || key.apply(e.title()).equals(k))
                .findFirst();
    }

    private static List<String> unknown(Collection<String> values, Collection<String> held, List<Entry> entries,
                                        java.util.function.Function<String, String> key) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Map<String, Entry> known = new HashMap<>();
        for (Entry e : entries) {
            known.put(key.apply(e.title()), e);
            known.put(e.code().toLowerCase(java.util.Locale.ROOT), e);
        }
        List<String> heldKeys = held == null ? List.of() : held.stream().map(key).toList();
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            String k = key.apply(value);
            Entry e = known.getOrDefault(k, known.get(value.strip().toLowerCase(java.util.Locale.ROOT)));
            boolean ok = e != null && (e.active() || heldKeys.contains(key.apply(e.title()))
                    || heldKeys.contains(key.apply(e.code())));
            if (!ok) {
                unknown.add(value);
            }
        }
        return unknown;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.takenAt().plus(FRESH_FOR).isBefore(now)) {
            current = new Snapshot(now, queries.competencies(), queries.forms(), queries.formats(),
                    queries.competencySynonyms(), queries.formSynonyms());
            snapshot = current;
        }
        return current;
    }

    private static final class Snapshot {
        private final Instant takenAt;
        private final List<Entry> competencies;
        private final List<Entry> forms;
        private final List<Entry> formats;
        private final PhraseMatcher competencyMatcher;
        private final PhraseMatcher formMatcher;
        private final PhraseMatcher formatMatcher;

        Snapshot(Instant takenAt, List<Entry> competencies, List<Entry> forms, List<Entry> formats,
                 Map<String, String> competencySynonyms, Map<String, String> formSynonyms) {
            this.takenAt = takenAt;
            this.competencies = competencies;
            this.forms = forms;
            this.formats = formats;
            this.competencyMatcher = PhraseMatcher.lenient(active(competencies), competencySynonyms);
            this.formMatcher = PhraseMatcher.strict(active(forms), formSynonyms);
            this.formatMatcher = PhraseMatcher.lenient(active(formats), Map.of());
        }

        private static List<Entry> active(List<Entry> entries) {
            return entries.stream().filter(Entry::active).toList();
        }

        Instant takenAt() {
            return takenAt;
        }

        List<Entry> competencies() {
            return competencies;
        }

        List<Entry> forms() {
            return forms;
        }

        List<Entry> formats() {
            return formats;
        }

        PhraseMatcher competencyMatcher() {
            return competencyMatcher;
        }

        PhraseMatcher formMatcher() {
            return formMatcher;
        }

        PhraseMatcher formatMatcher() {
            return formatMatcher;
        }
    }

    /**
     * An entry of a list. {@code variants} are the form's offered variants, {@code retiredVariants} the
     * retired ones; {@code synonyms} the phrases that also mean the entry.
     */
    @Serdeable
    public record Entry(String code, String title, List<String> variants, boolean active, List<String> retiredVariants,
                        List<String> synonyms) {

        public static Entry of(String code, String title) {
            return new Entry(code, title, List.of(), true, List.of(), List.of());
        }
    }
}
