package ru.mentoring.mentorbank.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The phrases of schools' sheets that no competency matched, kept on the mentors as their own
 * strengths. The methodist maps a phrase to a competency, or adds it to the catalogue — once, for every
 * mentor who carries it in any spelling — and the phrase becomes a synonym so later sheets match it.
 */
@Singleton
class OwnStrengthList {

    private static final int SUGGESTIONS = 3;
    private static final double WORTH_SUGGESTING = 0.2;

    private final MentorService mentors;
    private final Catalogue catalogue;
    private final CatalogueEditor editor;

    OwnStrengthList(MentorService mentors, Catalogue catalogue, CatalogueEditor editor) {
        this.mentors = mentors;
        this.catalogue = catalogue;
        this.editor = editor;
    }

    /** One line per meaning (phrases with the same key), the most carried first. */
    @Transactional(readOnly = true)
    List<Phrase> phrases() {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (MentorService.OwnPhrase p : mentors.ownStrengthHolders()) {
            groups.computeIfAbsent(Phrases.key(p.phrase()), k -> new Group()).add(p);
        }
        return groups.entrySet().stream()
                .map(g -> new Phrase(g.getValue().spellings.iterator().next(), g.getKey(), List.copyOf(g.getValue().spellings),
                        g.getValue().mentors.size(), List.copyOf(g.getValue().mentors.values()), suggestions(g.getKey())))
                .sorted(Comparator.comparingInt(Phrase::mentorCount).reversed().thenComparing(Phrase::key))
                .toList();
    }

    /** The phrase means this competency, for every mentor who carries it and for every later sheet. */
    @Transactional
    Outcome map(String phrase, String competencyCode) {
        Catalogue.Entry competency = editor.entry(CatalogueEditor.Section.COMPETENCY, competencyCode);
        if (!competency.active()) {
            throw new BusinessRuleException("Компетенция «" + competency.title() + "» выведена из употребления: "
                    + "сначала верните её в справочник");
        }
        Set<String> spellings = spellings(phrase);
        editor.rememberSynonym(phrase, competency.code());
        return new Outcome(phrase.strip(), competency, mentors.adoptOwnStrength(spellings, competency.title()));
    }

    /** The phrase becomes a competency of its own (under the title given, or as written). */
    @Transactional
    Outcome addToCatalogue(String phrase, @Nullable String title) {
        Set<String> spellings = spellings(phrase);
        String name = title == null || title.isBlank() ? spellings.iterator().next() : title.strip();
        Catalogue.Entry competency = editor.add(CatalogueEditor.Section.COMPETENCY, null, name);
        editor.rememberSynonym(phrase, competency.code());
        return new Outcome(phrase.strip(), competency, mentors.adoptOwnStrength(spellings, competency.title()));
    }

    private Set<String> spellings(String phrase) {
        String key = Phrases.key(phrase);
        Set<String> spellings = new LinkedHashSet<>();
        mentors.ownStrengthHolders().stream().filter(p -> Phrases.key(p.phrase()).equals(key))
                .forEach(p -> spellings.add(p.phrase()));
        if (spellings.isEmpty()) {
            throw BusinessRuleException.notFound("Ни у одного наставника нет сильной стороны «" + phrase.strip() + "»");
        }
        return spellings;
    }

    /** The offered competencies closest to the phrase, for the methodist to pick from. */
    private List<Catalogue.Entry> suggestions(String key) {
        String stems = String.join(" ", RussianWords.stems(key));
        record Scored(Catalogue.Entry entry, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Catalogue.Entry e : catalogue.competencies()) {
            double best = Trigrams.similarity(stems, String.join(" ", RussianWords.stems(e.title())));
            for (String synonym : e.synonyms()) {
                best = Math.max(best, Trigrams.similarity(stems, String.join(" ", RussianWords.stems(synonym))));
            }
            if (best >= WORTH_SUGGESTING) {
                scored.add(new Scored(e, best));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(SUGGESTIONS)
                .map(Scored::entry).toList();
    }

    private static final class Group {
        final Set<String> spellings = new LinkedHashSet<>();
        final Map<UUID, Holder> mentors = new LinkedHashMap<>();

        void add(MentorService.OwnPhrase p) {
            spellings.add(p.phrase());
            mentors.putIfAbsent(p.mentorId(), new Holder(p.mentorId(), p.fullName()));
        }
    }

    @Serdeable
    record Holder(UUID id, String fullName) {
    }

    /** {@code phrase} as most mentors spell it; {@code spellings} every spelling seen. */
    @Serdeable
    record Phrase(String phrase, String key, List<String> spellings, int mentorCount, List<Holder> mentors,
                  List<Catalogue.Entry> suggestions) {
    }

    @Serdeable
    record Outcome(String phrase, Catalogue.Entry competency, int mentorsUpdated) {
    }
}
