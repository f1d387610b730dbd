package ru.mentoring.events.notice;

public enum NoticeKind {
    CONFIRMED("Регистрация подтверждена"),
    WAITLISTED("Вы в листе ожидания"),
    PENDING("Заявка принята на рассмотрение"),
    PROMOTED("Место освободилось — вы зарегистрированы"),
    REJECTED("Заявка отклонена"),
    CANCELLED("Регистрация отменена"),
    REMINDER("Напоминание: мероприятие завтра"),
    CHANGED("Мероприятие перенесено или изменилось место"),
    EVENT_CANCELLED("Мероприятие отменено"),
    EXPERT_ASSIGNED("Вам назначена работа на экспертизу"),
    RESULTS("Итоги конкурса");

    private final String title;

    NoticeKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
