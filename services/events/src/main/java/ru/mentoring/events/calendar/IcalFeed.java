package ru.mentoring.events.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;
import ru.mentoring.events.event.Event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/** An iCalendar feed (RFC 5545) written by ical4j, so any calendar application can subscribe to it. */
final class IcalFeed {

    private IcalFeed() {
    }

    /** @param tentative event ids shown as tentative (a place on the waiting list or pending approval) */
    static String write(String name, List<Event> events, java.util.Set<java.util.UUID> tentative, String portalUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Сеть наставничества//Мероприятия//RU"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (Event e : events) {
            // Instants are written in UTC form (…Z); a ZonedDateTime in UTC would add an invalid TZID=Z
            VEvent v = new VEvent(e.startsAt(), e.endsAt(), e.kind().title() + ": " + e.title());
            v.add(new Uid(e.id() + "@events.mentoring"));
            String where = e.venue() != null ? e.venue() : e.onlineUrl();
            if (where != null) {
                v.add(new Location(where));
            }
            StringBuilder text = new StringBuilder(e.format().title());
            if (e.description() != null) {
                text.append(". ").append(e.description());
            }
            if (e.onlineUrl() != null) {
                text.append("\nСсылка: ").append(e.onlineUrl());
            }
            v.add(new Description(text.toString()));
            v.add(new Url(URI.create(portalUrl + "/events/" + e.id())));
            // a cancelled event stays in the feed as cancelled, so subscribed calendars drop it
            v.add(e.cancelled() ? new Status(Status.VALUE_CANCELLED)
                    : tentative.contains(e.id()) ? new Status(Status.VALUE_TENTATIVE) : new Status(Status.VALUE_CONFIRMED));
            calendar.add(v);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
