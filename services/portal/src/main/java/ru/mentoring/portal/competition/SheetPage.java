package ru.mentoring.portal.competition;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** The expert's scoring sheet for one entry at the current stage: each criterion with its points, and a comment. */
record SheetPage(String competitionId, String competition, String entryId, String entry, String nomination, String summary,
                 @Nullable String materials, String stage, List<Line> lines, String comment, FormErrors errors) implements PageModel {

    record Line(String name, String criterion, int max, String points) {
    }

    @Override
    public String view() {
        return "competition-sheet";
    }

    @Override
    public String title() {
        return "Лист оценки";
    }
}
