package ru.mentoring.portal.programme;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.UUID;

/** «Мероприятие дорожной карты»: one activity's form. */
record RoadmapItemPage(UUID programmeId, UUID itemId, String schoolYear, RoadmapItemForm form, FormErrors errors,
                       List<Option> stages) implements PageModel {

    @Override
    public String view() {
        return "roadmap-item";
    }

    @Override
    public String title() {
        return "Мероприятие дорожной карты";
    }
}
