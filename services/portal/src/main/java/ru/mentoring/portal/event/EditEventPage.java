package ru.mentoring.portal.event;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.UUID;

/** «Изменить мероприятие»: the event's title, when and where, the close of applications and the description. */
record EditEventPage(UUID id, String eventTitle, EditEventForm form, FormErrors errors, List<Option> formats,
                     int registered) implements PageModel {

    @Override
    public String view() {
        return "event-edit";
    }

    @Override
    public String title() {
        return "Изменить мероприятие";
    }
}
