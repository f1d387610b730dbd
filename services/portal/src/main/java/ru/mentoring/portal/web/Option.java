package ru.mentoring.portal.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One choice of a select, a checkbox group or a radio group: the value the form sends, the Russian
 * label people read, and whether it is chosen now. Chosen is decided here, not in the template.
 */
public record Option(String value, String label, boolean selected) {

    public static <T> List<Option> of(Collection<T> items, Function<T, String> value, Function<T, String> label,
                                      Predicate<T> selected) {
        return items.stream().map(item -> new Option(value.apply(item), label.apply(item), selected.test(item)))
                .toList();
    }
}
