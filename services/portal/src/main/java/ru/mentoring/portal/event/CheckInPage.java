package ru.mentoring.portal.event;

import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** Отметка прибытия: the code from the QR code (typed, or read by a scanner or the camera), or a name from the list. */
record CheckInPage(String id, String title, String when, String query, int arrived, int expected, List<Person> people)
        implements PageModel {

    record Person(String registrationId, String name, String school, boolean arrived) {
    }

    @Override
    public String view() {
        return "event-checkin";
    }
}
