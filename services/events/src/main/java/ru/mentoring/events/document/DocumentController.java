package ru.mentoring.events.document;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import ru.mentoring.events.registration.Mode;
import ru.mentoring.events.registration.Registration;
import ru.mentoring.events.registration.RegistrationService;
import ru.mentoring.events.support.EventsZone;
import ru.mentoring.events.support.Person;

import java.util.UUID;

/** The day's documents: the printable attendance sheet and the participants' certificates (PDF, OpenPDF). */
@Controller("/api/events/{eventId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class DocumentController {

    private final RegistrationService registrations;
    private final EventsZone zone;

    DocumentController(RegistrationService registrations, EventsZone zone) {
        this.registrations = registrations;
        this.zone = zone;
    }

    @Get(value = "/attendance-sheet", produces = "application/pdf")
    HttpResponse<byte[]> attendanceSheet(UUID eventId, Authentication authentication) {
        RegistrationService.Sheet sheet = registrations.attendanceSheet(eventId, Person.of(authentication));
        var lines = sheet.registered().stream().map(r -> new AttendanceSheetPdf.Line(r.participantName(), school(r),
                r.mode() == Mode.TEAM ? "команда, " + r.teamSize() + " чел." : r.mode() == Mode.STAFF ? "от школы" : "",
                r.attendedAt() != null)).toList();
        return pdf(AttendanceSheetPdf.write(sheet.event(), lines, zone.zone()), "attendance-sheet.pdf");
    }

    @Get(value = "/certificates/me", produces = "application/pdf")
    HttpResponse<byte[]> myCertificate(UUID eventId, Authentication authentication) {
        return certificate(registrations.certificate(eventId, null, Person.of(authentication)));
    }

    /** A certificate the caller applied for (their staff member, their team) or, for the organiser, anyone's. */
    @Get(value = "/certificates/{registrationId}", produces = "application/pdf")
    HttpResponse<byte[]> certificate(UUID eventId, UUID registrationId, Authentication authentication) {
        return certificate(registrations.certificate(eventId, registrationId, Person.of(authentication)));
    }

    private HttpResponse<byte[]> certificate(RegistrationService.Sheet sheet) {
        Registration r = sheet.registered().getFirst();
        String number = r.checkInCode() + "-" + sheet.event().startsAt().atZone(zone.zone()).getYear();
        byte[] pdf = CertificatePdf.write(sheet.event(), r.participantName(), detail(r), number,
                r.attendedAt().atZone(zone.zone()).toLocalDate(), zone.zone());
        return pdf(pdf, "certificate-" + number + ".pdf");
    }

    private static String school(Registration r) {
        return r.schoolId() == null ? "—" : "школа № " + r.schoolId();
    }

    private static String detail(Registration r) {
        if (r.mode() == Mode.TEAM) {
            return "команда обучающихся, " + r.teamSize() + " чел." + (r.schoolId() == null ? "" : ", школа № " + r.schoolId());
        }
        return r.schoolId() == null ? "" : "школа № " + r.schoolId();
    }

    private static HttpResponse<byte[]> pdf(byte[] bytes, String name) {
        return HttpResponse.ok(bytes).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"" + name + "\"");
    }
}
