package ru.mentoring.portal.meeting;

import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.WorkLabels;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** «Записать встречу»: the meeting sequence to choose from (знакомство → … → итоговая), formats, the form. */
record MeetingPage(PairHeader header, MeetingForm form, FormErrors errors, List<Option> kinds, List<Option> formats)
        implements PageModel {

    static MeetingPage of(PairHeader header, MeetingForm form, FormErrors errors) {
        return new MeetingPage(header, form, errors, WorkLabels.options(WorkLabels.KINDS, form.kind()),
                WorkLabels.options(WorkLabels.FORMATS, form.format()));
    }

    @Override
    public String view() {
        return "meeting-form";
    }

    @Override
    public String title() {
        return "Запись встречи";
    }
}
