package ru.mentoring.portal.practice;

import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Мои практики»: the practices a curator's school or a mentor wrote, at every stage, and their notifications. */
record MinePage(List<Row> practices, List<Notice> notices, int unread) implements PageModel {

    record Row(String href, String title, String version, String status, String updated) {
    }

    record Notice(String message, String when, String href, boolean unread) {
    }

    @Override
    public String view() {
        return "practices-mine";
    }

    @Override
    public String title() {
        return "Мои практики";
    }
}
