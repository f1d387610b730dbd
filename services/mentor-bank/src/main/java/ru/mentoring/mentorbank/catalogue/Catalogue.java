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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
        return snapshot().competencyKeys().unknown(titles, held);
    }

    /** Forms are given by code (TEACHER_TEACHER) or by title («учитель – учитель»). */
    public List<String> unknownForms(Collection<String> forms, Collection<String> held) {
        return snapshot().formKeys().unknown(forms, held);
    }

    public List<String> unknownFormats(Collection<String> formats, Collection<String> held) {
        return snapshot().formatKeys().unknown(formats, held);
    }

    /** The form's code for a code or a title, so the profile stores one spelling. */
    public String formCode(String codeOrTitle) {
        return snapshot().formKeys().find(codeOrTitle).map(Entry::code).orElse(codeOrTitle.strip());
    }

    public String formatCode(String codeOrTitle) {
        return snapshot().formatKeys().find(codeOrTitle).map(Entry::code).orElse(codeOrTitle.strip());
    }

    /** The competency's title as the catalogue spells it. */
    public String competencyTitle(String titleOrCode) {
        return snapshot().competencyKeys().find(titleOrCode).map(Entry::title).orElse(titleOrCode.strip());
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
        private final KeyedEntries competencyKeys;
        private final KeyedEntries formKeys;
        private final KeyedEntries formatKeys;

        Snapshot(Instant takenAt, List<Entry> competencies, List<Entry> forms, List<Entry> formats,
                 Map<String, String> competencySynonyms, Map<String, String> formSynonyms) {
            this.takenAt = takenAt;
            this.competencies = competencies;
            this.forms = forms;
            this.formats = formats;
            this.competencyMatcher = PhraseMatcher.lenient(active(competencies), competencySynonyms);
            this.formMatcher = PhraseMatcher.strict(active(forms), formSynonyms);
            this.formatMatcher = PhraseMatcher.lenient(active(formats), Map.of());
            this.competencyKeys = new KeyedEntries(competencies, Phrases::key);
            this.formKeys = new KeyedEntries(forms, Phrases::formKey);
            this.formatKeys = new KeyedEntries(formats, Phrases::key);
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

        KeyedEntries competencyKeys() {
            return competencyKeys;
        }

        KeyedEntries formKeys() {
            return formKeys;
        }

        KeyedEntries formatKeys() {
            return formatKeys;
        }
    }

    /**
     * One list with every entry's key worked out once per snapshot: every profile edit looks its
     * strengths, forms and formats up here, and the keys' regular expressions cost more than the rest of
     * the check.
     */
    private static final class KeyedEntries {
        private final List<Entry> entries;
        private final List<String> titleKeys;
        private final Function<String, String> key;
        /** An entry by its title's key or its code in lower case; on a clash the later entry wins. */
        private final Map<String, Entry> byKeyOrCode = new HashMap<>();

        KeyedEntries(List<Entry> entries, Function<String, String> key) {
            this.entries = entries;
            this.key = key;
            this.titleKeys = entries.stream().map(e -> key.apply(e.title())).toList();
            for (int i = 0; i < entries.size(); i++) {
                byKeyOrCode.put(titleKeys.get(i), entries.get(i));
                byKeyOrCode.put(entries.get(i).code().toLowerCase(Locale.ROOT), entries.get(i));
            }
        }

        /** The first entry whose code is the value (in any case) or whose title has the value's key. */
        Optional<Entry> find(String codeOrTitle) {
            String code = codeOrTitle.strip();
            String k = key.apply(codeOrTitle);
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).code().equalsIgnoreCase(code) || titleKeys.get(i).equals(k)) {
                    return Optional.of(entries.get(i));
                }
            }
            return Optional.empty();
        }

        List<String> unknown(Collection<String> values, Collection<String> held) {
            if (values == null || values.isEmpty()) {
                return List.of();
            }
            List<String> heldKeys = null;
            List<String> unknown = new ArrayList<>();
            for (String value : values) {
                Entry e = byKeyOrCode.getOrDefault(key.apply(value), byKeyOrCode.get(value.strip().toLowerCase(Locale.ROOT)));
                boolean ok = e != null && e.active();
                if (e != null && !e.active()) {
                    // a retired entry is kept only by a mentor who already has it; worked out only then
                    if (heldKeys == null) {
                        heldKeys = held == null ? List.of() : held.stream().map(key).toList();
                    }
                    ok = heldKeys.contains(key.apply(e.title())) || heldKeys.contains(key.apply(e.code()));
                }
                if (!ok) {
                    unknown.add(value);
                }
            }
            return unknown;
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
