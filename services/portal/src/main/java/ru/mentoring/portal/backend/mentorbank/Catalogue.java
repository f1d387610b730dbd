package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The managed lists every form picks from: competencies, mentoring forms and the municipality's schools. */
public final class Catalogue {

    private Catalogue() {
    }

    /** A competency or a mentoring form: the code the bank keeps and the title people read. */
    @Serdeable
    public record Entry(String code, String title, @Nullable List<String> variants) {
    }

    @Serdeable
    public record School(String id, String name, @Nullable String shortName) {
        /** «МАОУ СОШ № 1» where the school has a short name. */
        public String label() {
            return shortName == null || shortName.isBlank() ? name : shortName;
        }
    }
}
