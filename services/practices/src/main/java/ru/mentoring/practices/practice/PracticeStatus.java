package ru.mentoring.practices.practice;

enum PracticeStatus {
    SUBMITTED("На рассмотрении"),
    PUBLISHED("Опубликована"),
    REJECTED("Отклонена");

    private final String title;

    PracticeStatus(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
