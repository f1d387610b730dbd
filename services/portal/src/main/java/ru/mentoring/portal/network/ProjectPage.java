package ru.mentoring.portal.network;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * One network project: its agreements and pool; for the methodist also the agreement form with its
 * partner schools and the mentors who may join the pool (empty lists for a curator).
 */
record ProjectPage(ProjectView project, ProjectForms.AgreementForm form, FormErrors errors, List<Option> schools,
                   List<Option> candidates, Calendar calendar) implements PageModel {

    /**
     * The project's coming events, which its member schools see in their calendar; {@code unavailable}
     * says so when the events service does not answer, and the rest of the page still shows.
     */
    record Calendar(List<Event> events, @Nullable String unavailable) {

        static Calendar of(List<Event> events) {
            return new Calendar(events, null);
        }

        static Calendar down() {
            return new Calendar(List.of(), "Мероприятия проекта сейчас не показать: сервис «Мероприятия» не отвечает.");
        }
    }

    record Event(String href, String title, String kind, String when) {
    }

    @Override
    public String view() {
        return "network-project";
    }

    @Override
    public String title() {
        return project.name();
    }
}
