package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * The event's card: what, when, where, for whom, places; the user's own application (status, the QR
 * code to show at the entrance, cancel, certificate); the application form with the organiser's
 * questions, a team's fields for team events, and for a curator the choice of a staff member. A cancelled
 * event says why; its organiser may change or cancel it until it starts.
 */
record EventPage(String id, String title, String kind, String when, String where, @Nullable String onlineUrl,
                 String organiser, @Nullable String description, String places, String window, List<String> rules,
                 @Nullable Mine mine, boolean canApply, boolean teams, List<Question> questions, List<Option> staff,
                 ApplyForm form, FormErrors errors, boolean manageable, @Nullable String seriesHref,
                 @Nullable String cancelReason, boolean canChange) implements PageModel {

    record Mine(String status, String participant, @Nullable String code, boolean canCancel, boolean certificate,
                @Nullable Integer waitingPosition) {
    }

    /** One of the organiser's questions: a text field, a number, a choice or yes/no, with the answer typed so far. */
    record Question(String name, String label, String type, boolean required, List<Option> options, String value) {
    }

    @Override
    public String view() {
        return "event";
    }
}
