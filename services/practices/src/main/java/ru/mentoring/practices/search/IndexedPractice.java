package ru.mentoring.practices.search;

import ru.mentoring.practices.practice.PublishedPractice;
import ru.mentoring.practices.rating.RatingSummary;

/** A published practice with what search also shows of it: its files' text and its rating. */
record IndexedPractice(PublishedPractice practice, String filesText, RatingSummary rating) {
}
