package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Выдвижения»: the queue the methodist decides on, or the school's nominations and the form of a new
 * one for a curator (the form's choices are empty for the methodist). Right after an approval it also
 * carries the approved nomination and, once, the new account's temporary password.
 */
record NominationsPage(List<NominationRow> rows, @Nullable NominationRow approved, @Nullable String temporaryPassword,
                       NominationForm form, FormErrors errors, List<Option> ownMentors, List<Option> kinds,
                       List<Option> strengths, List<Option> targets, List<Option> projects,
                       List<NominationRow> history, NominationHistory filter, List<Option> historyStatuses,
                       List<Option> historySchools, List<Option> historyTargets) implements PageModel {

    NominationsPage(List<NominationRow> rows, NominationRow approved, String temporaryPassword, NominationForm form,
                    FormErrors errors, List<Option> ownMentors, List<Option> kinds, List<Option> strengths,
                    List<Option> targets, List<Option> projects) {
        this(rows, approved, temporaryPassword, form, errors, ownMentors, kinds, strengths, targets, projects, List.of(),
                NominationHistory.of(null, null, null, null, null, null), List.of(), List.of(), List.of());
    }

    @Override
    public String view() {
        return "nominations";
    }

    @Override
    public String title() {
        return "Выдвижения";
    }
}
