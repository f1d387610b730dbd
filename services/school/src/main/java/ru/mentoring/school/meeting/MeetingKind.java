package ru.mentoring.school.meeting;

/** The sequence of a pair's meetings in the target model (DOMAIN §5 stage 6). */
public enum MeetingKind {
    ACQUAINTANCE("встреча-знакомство"),
    TRIAL("пробная рабочая встреча"),
    PLANNING("встреча-планирование"),
    REGULAR("регулярная встреча"),
    FINAL("итоговая встреча");

    private final String title;

    MeetingKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
