package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Мои заявки»: every application of the user (also for staff and teams) and the messages about them. */
record MyEventsPage(List<Row> rows, List<Message> messages, int unread) implements PageModel {

    record Row(String href, String title, String when, String participant, String status, @Nullable String certificate) {
    }

    record Message(String kind, String text, String when, @Nullable String href, boolean unread) {
    }

    @Override
    public String view() {
        return "events-mine";
    }

    @Override
    public String title() {
        return "Мои заявки на мероприятия";
    }
}
