package ru.mentoring.events.document;

import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.Organiser;
import ru.mentoring.support.text.NestedQuotes;

/** Words shared by the documents. */
final class Documents {

    private Documents() {
    }

    /** «Семинар „Формирующее оценивание“»: the kind, then the title in quotes (its own quotes inside as „“). */
    static String kindAndTitle(Event event) {
        return NestedQuotes.of(event.kind().title() + " «" + event.title() + "»");
    }

    static String organiser(Event event) {
        return switch (event.organiser()) {
            case MUNICIPALITY -> "муниципальная методическая служба (ИМЦ)";
            case SCHOOL -> "школа № " + event.organiserSchoolId();
            case NETWORK_PROJECT -> "сетевой проект «" + event.networkProjectName() + "»";
        };
    }

    static boolean municipal(Event event) {
        return event.organiser() == Organiser.MUNICIPALITY;
    }
}
