package ru.mentoring.model.practice;

/** The level a practice was implemented or recognised at (уровень: школьный, муниципальный, региональный). */
public enum PracticeLevel {
    SCHOOL,
    MUNICIPAL,
    REGIONAL
}
