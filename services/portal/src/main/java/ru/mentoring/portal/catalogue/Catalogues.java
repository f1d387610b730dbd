package ru.mentoring.portal.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Backend;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mentor bank's managed lists every form picks from: competencies (strengths), mentoring forms
 * and the municipality's schools. Read per page with the user's token, like everything else: they
 * are short, and a methodist's new competency shows up at once.
 */
@Singleton
public class Catalogues {

    private final Backend backend;

    Catalogues(@Client("${mentoring.services.mentor-bank-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Банк наставников", client, json);
    }

    public List<Entry> competencies(Authentication user) {
        return backend.get("/api/competencies", user, Entries.class).entries();
    }

    public List<Entry> forms(Authentication user) {
        return backend.get("/api/forms", user, Entries.class).entries();
    }

    public Schools schools(Authentication user) {
        return new Schools(backend.get("/api/schools", user, SchoolList.class).schools());
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

    /** The schools in the bank's order, and their names by id for the tables. */
    public static final class Schools {

        private final List<School> all;
        private final Map<String, String> labels;

        public Schools(List<School> all) {
            this.all = List.copyOf(all);
            this.labels = all.stream().collect(Collectors.toMap(School::id, School::label, (a, b) -> a));
        }

        public List<School> all() {
            return all;
        }

        /** A school code a table shows: its short name, or «школа № 7» for a code the bank does not know. */
        public String label(@Nullable String id) {
            if (id == null || id.isBlank()) {
                return "—";
            }
            return labels.getOrDefault(id, "школа № " + id);
        }
    }

    /** The title of a form's code, for showing the codes a profile stores. */
    public static Map<String, String> titles(List<Entry> entries) {
        return entries.stream().collect(Collectors.toMap(Entry::code, Entry::title, (a, b) -> a));
    }

    @Serdeable
    record Entries(@Nullable List<Entry> items) {
        List<Entry> entries() {
            return items == null ? List.of() : items;
        }
    }

    @Serdeable
    record SchoolList(@Nullable List<School> items) {
        List<School> schools() {
            return items == null ? List.of() : items;
        }
    }
}
