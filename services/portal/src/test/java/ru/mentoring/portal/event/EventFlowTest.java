package ru.mentoring.portal.event;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.EventsMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal's event and competition pages answer as a browser asks for them (HTML preferred): the
 * calendar feeds, a competition before its results, an event the admin may manage.
 */
class EventFlowTest {

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//RU\r\nEND:VCALENDAR\r\n";

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void aCalendarApplicationSubscribesToThePublicFeedWithoutSigningIn() {
        backends.answer("GET /events/api/calendar.ics", 200, "text/calendar", ICS.getBytes(StandardCharsets.UTF_8), Map.of());

        HttpResponse<String> feed = portal.get("/events/public/calendar.ics", null);

        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(backends.calls("GET /events/api/calendar.ics")).singleElement()
                .extracting(Backends.Call::authorization).as("no user, so no token").isNull();
    }

    @Test
    void aSignedInUserGetsThePublicFeedNotAnEventCard() {
        backends.answer("GET /events/api/calendar.ics", 200, "text/calendar", ICS.getBytes(StandardCharsets.UTF_8), Map.of());

        HttpResponse<String> feed = portal.get("/events/public/calendar.ics", portal.signIn(PortalUsers.mentorLogin()));

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(backends.calls("GET /events/api/calendar.ics")).singleElement()
                .extracting(Backends.Call::authorization).asString().startsWith("Bearer ");
    }

    @Test
    void theOwnFeedStillAsksWhoIsSubscribing() {
        HttpResponse<String> anonymous = portal.get("/events/mine/calendar.ics", null);

        assertThat(anonymous.statusCode()).as("sent to the sign-in").isEqualTo(303);
        assertThat(backends.calls("GET /events/api/me/calendar.ics")).isEmpty();
    }

    @Test
    void aCuratorFollowsACompetitionWhoseResultsAreNotPublishedYet() {
        String competition = "/events/api/competitions/" + EventsMother.COMPETITION;
        backends.answer("GET " + competition, 200, portal.json(EventsMother.competition("ACCEPTANCE", "Приём материалов")))
                .answer("GET " + competition + "/entries", 200, portal.json(new Events.EntryList(List.of(EventsMother.entry()), List.of())))
                .answer("GET " + competition + "/results", 403, """
                        {"type":"about:blank","title":"Недостаточно прав","status":403,"detail":"Итоги конкурса ещё не опубликованы"}""");

        HttpResponse<String> card = portal.get("/competitions/" + EventsMother.COMPETITION,
                portal.signIn(PortalUsers.curatorLogin("1")));

        assertThat(card.statusCode()).as(card.body()).isEqualTo(200);
        assertThat(card.body()).contains("id=\"stages\"", "Приём материалов", "Пара «учитель — молодой специалист»")
                .doesNotContain("id=\"results\"", "Недостаточно прав");
    }

    @Test
    void theAdminChangesAnEventTheEventsServiceLetsThemManage() {
        backends.answer("GET /events/api/events/" + EventsMother.EVENT, 200, portal.json(EventsMother.seminar(true, true)))
                .answer("GET /events/api/event-vocabulary", 200, portal.json(EventsMother.vocabulary()));

        HttpResponse<String> form = portal.get("/events/" + EventsMother.EVENT + "/edit",
                portal.signIn(PortalUsers.login("admin", "Администратор", "admin", null)));

        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(form.body()).contains("Изменить мероприятие");
    }

    @Test
    void aPersonAppliesForThemselvesWithTheButtonAlone() {
        backends.answer("GET /events/api/events/" + EventsMother.EVENT, 200, portal.json(EventsMother.seminar(true, false)))
                .answer("POST /events/api/events/" + EventsMother.EVENT + "/registrations", 201,
                        portal.json(EventsMother.registered("Иванова Мария Сергеевна", "1")));

        // an event without questions: the form is a button, and a browser posts no field at all
        HttpResponse<String> applied = portal.post("/events/" + EventsMother.EVENT + "/apply",
                portal.signIn(PortalUsers.mentorLogin()), Map.of());

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(303);
        assertThat(applied.headers().firstValue("Location")).hasValue("/events/" + EventsMother.EVENT);
        assertThat(backends.calls("POST /events/api/events/" + EventsMother.EVENT + "/registrations")).hasSize(1);
    }

    @Test
    void theMethodistClosesAStageWithTheButtonAlone() {
        String competition = "/events/api/competitions/" + EventsMother.COMPETITION;
        backends.answer("POST " + competition + "/advance", 200,
                portal.json(EventsMother.competition("TECHNICAL_CHECK", "Техническая экспертиза")));

        HttpResponse<String> advanced = portal.post("/competitions/" + EventsMother.COMPETITION + "/advance",
                portal.signIn(PortalUsers.methodistLogin()), Map.of());

        assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(303);
        assertThat(backends.calls("POST " + competition + "/advance")).singleElement()
                .extracting(Backends.Call::body).asString().doesNotContain("\"top\":");
    }

}
