package ru.mentoring.portal.catalogue;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.mentorbank.Catalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The municipality's schools in the bank's order, and their names by id for the tables. */
public final class Schools {

    private final List<Catalogue.School> all;
    private final Map<String, String> labels;

    public Schools(List<Catalogue.School> all) {
        this.all = List.copyOf(all);
        this.labels = all.stream().collect(Collectors.toMap(Catalogue.School::id, Catalogue.School::label, (a, b) -> a));
    }

    public List<Catalogue.School> all() {
        return all;
    }

    /**
     * A school as every page names it: the bank's display name («СОШ №&nbsp;1»), or «школа № 7» for a code
     * the bank does not know.
     */
    public String label(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return "—";
        }
        return labels.getOrDefault(id, unknown(id));
    }

    /** A school the bank's list does not name (yet, or while the bank cannot be asked). */
    public static String unknown(String id) {
        return "школа № " + id;
    }
}
