package ru.mentoring.portal.home;

import java.util.List;

/**
 * One thing the signed-in user has to do next, as the home page lists it: what, how many, and the page
 * where it is done. {@code state}: {@code todo} (waiting for them), {@code done} (nothing waiting) or
 * {@code unknown} (the service that knows did not answer).
 */
public record NextStep(String text, String link, String linkText, String state, List<Item> items) {

    static NextStep todo(String text, String link, String linkText, List<Item> items) {
        return new NextStep(text, link, linkText, "todo", items);
    }

    static NextStep todo(String text, String link, String linkText) {
        return todo(text, link, linkText, List.of());
    }

    static NextStep done(String text, String link, String linkText) {
        return new NextStep(text, link, linkText, "done", List.of());
    }

    static NextStep unknown(String text, String why) {
        return new NextStep(text + ": " + why, "", "", "unknown", List.of());
    }

    public boolean isTodo() {
        return "todo".equals(state);
    }

    /** A particular case under the step, linked to where it is handled: a mentee without consent, a notice. */
    public record Item(String text, String link) {
    }
}
