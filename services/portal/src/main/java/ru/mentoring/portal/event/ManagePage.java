package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * The organiser's view of an event: places per school with their caps (and the form to change them),
 * applications awaiting a decision, those holding places, the waiting list in its order, cancelled ones.
 */
record ManagePage(String id, String title, String when, String summary, List<SchoolRow> schools, List<Row> pending,
                  List<Row> registered, List<Row> waiting, List<Row> closed, PlacesForm form, FormErrors errors)
        implements PageModel {

    record SchoolRow(String school, String cap, int registered, int waiting, int attended) {
    }

    record Row(String id, String participant, String school, String detail, String status, String applied,
               @Nullable Integer position, boolean attended) {
    }

    @Override
    public String view() {
        return "event-manage";
    }
}
