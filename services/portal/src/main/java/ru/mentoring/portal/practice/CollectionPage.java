package ru.mentoring.portal.practice;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Моя коллекция» and the collection builder: the bookmarked practices, ticked ones go into a printable
 * collection (сборник практик) for a seminar, as PDF or DOCX, in the order listed.
 */
record CollectionPage(List<Row> practices, CollectionFields form, FormErrors errors, List<Option> choices,
                      List<Option> formats) implements PageModel {

    record Row(String id, String href, String title, String meta) {
    }

    @Override
    public String view() {
        return "practices-collection";
    }

    @Override
    public String title() {
        return "Моя коллекция";
    }
}
