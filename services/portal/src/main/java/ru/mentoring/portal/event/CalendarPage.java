package ru.mentoring.portal.event;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/**
 * «Мероприятия»: the month as a grid of weeks (each day with its events) or as a list, with the
 * previous and next month and the calendar feeds to subscribe to.
 */
record CalendarPage(String month, boolean grid, String previous, String next, String asList, String asGrid,
                    List<Week> weeks, List<Row> rows, boolean canOrganise, Search search) implements PageModel {

    /**
     * Finding events by kind, organiser, network project (for those who see projects) and words: while any
     * is given the page lists every event found from today on, whatever the month, and says how many.
     */
    record Search(List<Option> kinds, List<Option> organisers, List<Option> projects, String q, boolean active,
                  String found) {
    }

    record Week(List<Day> days) {
    }

    record Day(String number, boolean inMonth, boolean today, List<Link> events) {
    }

    record Link(String href, String title, String time) {
    }

    record Row(String href, String title, String kind, String when, String where, String organiser, String places,
               String mine) {
    }

    @Override
    public String view() {
        return "events";
    }

    @Override
    public String title() {
        return "Мероприятия";
    }
}
