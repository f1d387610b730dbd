package ru.mentoring.school.web;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.ArrayList;
import java.util.List;

/**
 * Every reason a request is refused, at once (422): each problem leaves as its own entry of the
 * problem's {@code errors[]}, named by the field it is about, so a page can say it next to that field.
 * Nothing has been written when it is thrown.
 */
public final class Refusal extends BusinessRuleException {

    /** One problem; {@code field} is the body's field (or null for the request as a whole). */
    public record Problem(@Nullable String field, String message) {
    }

    private final transient List<Problem> problems;

    private Refusal(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public static Collector collect() {
        return new Collector();
    }

    /** Gathers the problems of one request, then refuses it if there is any. */
    public static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        public Collector add(@Nullable String field, String message) {
            problems.add(new Problem(field, message));
            return this;
        }

        public Collector check(boolean broken, @Nullable String field, String message) {
            return broken ? add(field, message) : this;
        }

        /** The enum constant a code names (any case), or null after noting what is wrong with it. */
        public <E extends Enum<E>> E code(Class<E> type, String value, String field, String missing, String what) {
            if (value == null || value.isBlank()) {
                add(field, missing);
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                add(field, what + ": одно из " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).toList()));
                return null;
            }
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new Refusal(problems);
            }
        }
    }
}
