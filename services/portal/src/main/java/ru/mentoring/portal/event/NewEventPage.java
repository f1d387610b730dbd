package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Новое мероприятие»: what, who organises (for the methodist: the centre or one of the network projects;
 * a curator's event is their school's), when and where (and whether it repeats every year), places, for whom, and the application form's
 * questions.
 */
record NewEventPage(NewEventForm form, FormErrors errors, List<Option> kinds, @Nullable List<Option> organisers,
                    List<Option> repeats, List<Option> formats, List<Option> audiences, List<QuestionRow> questions) implements PageModel {

    record QuestionRow(String labelName, String label, String typeName, List<Option> types, String optionsName,
                       String options, String requiredName, boolean required) {
    }

    @Override
    public String view() {
        return "event-new";
    }

    @Override
    public String title() {
        return "Новое мероприятие";
    }
}
