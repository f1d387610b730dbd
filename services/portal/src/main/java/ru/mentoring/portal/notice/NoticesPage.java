package ru.mentoring.portal.notice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.SchoolNotices;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.PageModel;

import java.util.List;
import java.util.UUID;

/** «Уведомления» of the curator: withdrawn consents, seats refused, mentors who declined; each leads to its page. */
record NoticesPage(List<Row> rows, long unread) implements PageModel {

    static NoticesPage of(SchoolNotices.NoticeList notices) {
        return new NoticesPage(notices.itemList().stream().map(Row::of).toList(), notices.unread());
    }

    @Override
    public String view() {
        return "notices";
    }

    @Override
    public String title() {
        return "Уведомления";
    }

    record Row(UUID id, String text, String at, boolean read, @Nullable String link, String linkText) {

        static Row of(SchoolNotices.Notice n) {
            return new Row(n.id(), n.text(), Dates.moment(n.createdAt()), n.read(), Links.of(n), Links.text(n));
        }
    }
}
