package ru.mentoring.portal.web;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * «Вы уверены?» before anything is removed, taken out or retired: the question, what it touches, the
 * button that does it (a POST to {@code action}) and the way back. With {@code reasonLabel} the page also
 * asks why; the reason is sent as the field {@code reason}.
 */
public record ConfirmPage(String title, String question, List<String> details, String action, String button,
                          String back, @Nullable String reasonLabel, List<Field> fields) implements PageModel {

    /** A value the confirmed form sends as it came (which mentor, which year). */
    public record Field(String name, String value) {
    }

    public static ConfirmPage of(String title, String question, List<String> details, String action, String button,
                                 String back) {
        return new ConfirmPage(title, question, details, action, button, back, null, List.of());
    }

    public ConfirmPage askingWhy(String label) {
        return new ConfirmPage(title, question, details, action, button, back, label, fields);
    }

    public ConfirmPage sending(String name, String value) {
        List<Field> more = new java.util.ArrayList<>(fields);
        more.add(new Field(name, value));
        return new ConfirmPage(title, question, details, action, button, back, reasonLabel, List.copyOf(more));
    }

    @Override
    public String view() {
        return "confirm";
    }
}
