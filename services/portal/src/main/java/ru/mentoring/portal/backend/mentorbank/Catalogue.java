package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The managed lists every form picks from: competencies, mentoring forms and the municipality's schools. */
public final class Catalogue {

    private Catalogue() {
    }

    /**
     * A competency, a mentoring form or a kind of teacher mentoring: the code the bank keeps and the
     * title people read; a form's variants; whether it is still offered; the phrases that also mean it.
     */
    @Serdeable
    public record Entry(String code, String title, @Nullable List<String> variants, @Nullable Boolean active,
                        @Nullable List<String> retiredVariants, @Nullable List<String> synonyms) {

        @io.micronaut.core.annotation.Creator
        public Entry {
        }

        public Entry(String code, String title, List<String> variants) {
            this(code, title, variants, true, List.of(), List.of());
        }

        public boolean isActive() {
            return !Boolean.FALSE.equals(active);
        }

        public List<String> variantList() {
            return variants == null ? List.of() : variants;
        }

        public List<String> retiredVariantList() {
            return retiredVariants == null ? List.of() : retiredVariants;
        }

        public List<String> synonymList() {
            return synonyms == null ? List.of() : synonyms;
        }
    }

    /** A new entry (its code made by the bank from the title) or a new title. */
    @Serdeable
    public record Title(String title) {
    }

    @Serdeable
    public record VariantRename(String title, String newTitle) {
    }

    /** {@code displayName}: how every page names the school, «СОШ №&nbsp;1». */
    @Serdeable
    public record School(String id, String name, @Nullable String shortName, @Nullable String displayName) {

        @io.micronaut.core.annotation.Creator
        public School {
        }

        public School(String id, String name, String shortName) {
            this(id, name, shortName, null);
        }

        /** The bank's one way of naming the school («СОШ №&nbsp;1»); an older bank's short name. */
        public String label() {
            if (displayName != null && !displayName.isBlank()) {
                return displayName;
            }
            return shortName == null || shortName.isBlank() ? name : shortName;
        }
    }
}
