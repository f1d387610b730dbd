package ru.mentoring.mentorbank.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
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

/**
 * The managed lists: competencies (strengths) and mentoring forms. Every check of a profile reads
 * them, so a snapshot is kept for a few seconds and dropped at once when this instance changes them
 * (another instance sees a change within {@link #FRESH_FOR}).
 */
@Singleton
public class Catalogue {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final CatalogueQueries queries;
    private final CatalogueRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot;

    Catalogue(CatalogueQueries queries, CatalogueRepository repository, Clock clock) {
        this.queries = queries;
        this.repository = repository;
        this.clock = clock;
    }

    public List<Entry> competencies() {
        return snapshot().competencies().stream().filter(Entry::active).toList();
    }

    public List<Entry> forms() {
        return snapshot().forms().stream().filter(Entry::active).toList();
    }

    /** Strengths are competency titles (or codes); matching ignores case, «ё» and dash variants. */
    public List<String> unknownCompetencies(Collection<String> titles) {
        return unknown(titles, snapshot().activeCompetencies());
    }

    /** Forms are given by code (TEACHER_TEACHER) or by title («учитель – учитель»). */
    public List<String> unknownForms(Collection<String> forms) {
        return unknown(forms, snapshot().activeForms());
    }

    /** The form's code for a code or a title, so the profile stores one spelling. */
    public String formCode(String codeOrTitle) {
        Entry form = snapshot().allForms().get(normalise(codeOrTitle));
        return form == null ? codeOrTitle.strip() : form.code();
    }

    /** The competency's title as the catalogue spells it. */
    public String competencyTitle(String title) {
        Entry competency = snapshot().allCompetencies().get(normalise(title));
        return competency == null ? title.strip() : competency.title();
    }

    @Transactional
    public Entry addCompetency(String code, String title) {
        repository.saveCompetency(code, title);
        snapshot = null;
        return new Entry(code, title, List.of(), true);
    }

    /** Compared in Java: the database's own case rules depend on the cluster's locale. */
    public static String normalise(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('—', '–').replaceAll("\\s+", " ");
    }

    private List<String> unknown(@Nullable Collection<String> values, Map<String, Entry> known) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            if (!known.containsKey(normalise(value))) {
                unknown.add(value);
            }
        }
        return unknown;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.takenAt().plus(FRESH_FOR).isBefore(now)) {
            current = new Snapshot(now, queries.competencies(false), queries.forms(false));
            snapshot = current;
        }
        return current;
    }

    private record Snapshot(Instant takenAt, List<Entry> competencies, List<Entry> forms) {
        Map<String, Entry> allCompetencies() {
            return byCodeAndTitle(competencies, false);
        }

        Map<String, Entry> activeCompetencies() {
            return byCodeAndTitle(competencies, true);
        }

        Map<String, Entry> allForms() {
            return byCodeAndTitle(forms, false);
        }

        Map<String, Entry> activeForms() {
            return byCodeAndTitle(forms, true);
        }

        private static Map<String, Entry> byCodeAndTitle(List<Entry> entries, boolean activeOnly) {
            Map<String, Entry> index = new HashMap<>();
            for (Entry e : entries) {
                if (!activeOnly || e.active()) {
                    index.put(normalise(e.code()), e);
                    index.put(normalise(e.title()), e);
                }
            }
            return index;
        }
    }

    @Serdeable
    public record Entry(String code, String title, List<String> variants, boolean active) {
    }
}
