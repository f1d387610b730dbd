package ru.mentoring.portal.competition;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * A competition: its stages with deadlines (the current one marked), nominations and criteria; what the
 * user does at this stage — submit an entry, check entries and assign experts, join the jury and score,
 * move to the next stage — and the results once published.
 */
record CompetitionPage(String id, String title, String when, String stage, List<StageRow> stages, List<String> nominations,
                       List<String> criteria, boolean methodist, boolean expert, boolean canSubmit, boolean canAdvance,
                       boolean askTop, boolean canPublish, boolean technicalCheck, boolean inJury, List<EntryRow> entries,
                       List<Task> tasks, List<ResultGroup> results, EntryForm form, FormErrors errors,
                       List<Option> nominationOptions, boolean scoring, boolean juryOpen) implements PageModel {

    record StageRow(String title, String deadline, boolean current, boolean passed) {
    }

    record EntryRow(String id, String title, String nomination, String author, String school, String status,
                    @Nullable String note, @Nullable String award, @Nullable String materials, List<Option> experts) {
    }

    record Task(String href, String entry, String nomination, String stage, boolean done) {
    }

    record ResultGroup(String nomination, List<ResultRow> rows) {
    }

    record ResultRow(String place, String title, String author, String school, String correspondence, String inPerson,
                     String total, String award) {
    }

    @Override
    public String view() {
        return "competition";
    }
}
