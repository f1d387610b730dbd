package ru.mentoring.portal.notice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.SchoolNotices;

/** Where a notice is acted on: the pair it is about, else the mentee. */
public final class Links {

    private Links() {
    }

    @Nullable
    public static String of(SchoolNotices.Notice n) {
        if (n.pairId() != null) {
            return "/pairs/" + n.pairId();
        }
        return n.menteeId() == null ? null : "/mentees/" + n.menteeId();
    }

    public static String text(SchoolNotices.Notice n) {
        return n.pairId() != null ? "К паре" : n.menteeId() != null ? "К наставляемому" : "";
    }
}
