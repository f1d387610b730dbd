package ru.mentoring.practices.practice;

import java.util.EnumSet;
import java.util.Set;

/** Where one version of a practice stands, with the Russian word a reader sees. */
public enum VersionStatus {
    DRAFT("Черновик"),
    SUBMITTED("Отправлена на экспертизу"),
    IN_REVIEW("На экспертизе"),
    RETURNED("Возвращена на доработку"),
    REJECTED("Отклонена"),
    PUBLISHED("Опубликована"),
    SUPERSEDED("Заменена новой версией"),
    WITHDRAWN("Снята с публикации");

    /** Published once: readable by everyone (an older published version stays readable as history). */
    public static final Set<VersionStatus> PUBLIC = EnumSet.of(PUBLISHED, SUPERSEDED);
    /** Still being written or reviewed: at most one such version per practice. */
    public static final Set<VersionStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, RETURNED);
    /** The authors may change the text. */
    public static final Set<VersionStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    private final String title;

    VersionStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
