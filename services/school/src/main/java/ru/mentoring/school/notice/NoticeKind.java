package ru.mentoring.school.notice;

/** What the curator is told about. */
public enum NoticeKind {
    CONSENT_WITHDRAWN,
    SEATS_REFUSED,
    MENTOR_DECLINED,
    TASK_OVERDUE,
    PAIR_SILENT,
    CONCERN
}
