package ru.mentoring.portal.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.Meetings;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.Refusals;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The meeting log of a pair: a meeting logged by the mentor, the mentee or the curator, confirmed by the
 * other side, with intermediate results attached (the school service checks their type and size).
 */
@Hidden
@Controller("/pairs/{id}/meetings")
@Secured({Roles.CURATOR, Roles.MENTOR, PortalUser.MENTEE})
class MeetingController {

    private final SchoolClient school;
    private final PairHeaders headers;
    private final FormFlow forms;
    private final Today today;

    MeetingController(SchoolClient school, PairHeaders headers, FormFlow forms, Today today) {
        this.school = school;
        this.headers = headers;
        this.forms = forms;
        this.today = today;
    }

    /** {@code kind} preselects the next meeting of the sequence, e.g. from «Что сделать дальше». */
    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MeetingPage>> form(@PathVariable UUID id, @Nullable @QueryValue String kind,
                                         Authentication user) {
        return Page.show(MeetingPage.of(headers.of(id, PortalUser.of(user)), MeetingForm.empty(today.date(), kind),
                FormErrors.none()));
    }

    @Post(uri = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> log(@PathVariable UUID id, @Body MeetingForm typed, Authentication user, Session session) {
        PairHeader header = headers.of(id, PortalUser.of(user));
        MeetingForm form = typed.knowing(header.startsOn(), today.date());
        return forms.submit(form, session,
                f -> Refusals.explained(() -> school.logMeeting(id, f.toCommand()),
                        field -> MeetingForm.FIELDS.contains(Refusals.leaf(field)) ? Refusals.leaf(field) : null,
                        MeetingForm::field),
                m -> new Redirect(header.back() + "#meetings", "Встреча записана: " + Dates.day(m.date()) + ". "
                        + whoConfirms(header.side())),
                errors -> Page.show(MeetingPage.of(header, form, errors)));
    }

    @Post(uri = "/{meetingId}/confirmation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(@PathVariable UUID id, @PathVariable UUID meetingId, Authentication user,
                            Session session) {
        return forms.act(session, Side.of(PortalUser.of(user)).page(id) + "#meetings",
                () -> school.confirmMeeting(id, meetingId), m -> "Встреча подтверждена.");
    }

    @Post(uri = "/{meetingId}/files", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> attach(@PathVariable UUID id, @PathVariable UUID meetingId,
                           @Nullable @Part("file") CompletedFileUpload file, Authentication user, Session session) {
        String back = Side.of(PortalUser.of(user)).page(id) + "#meetings";
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return forms.back(session, back, FormErrors.found(Object.class, java.util.List.of(
                    new FormErrors.FieldError(null, "Выберите файл, который нужно прикрепить к встрече"))));
        }
        return forms.act(session, back, () -> school.attachToMeeting(id, meetingId, multipart(file)),
                f -> "Файл «" + f.name() + "» прикреплён к встрече.");
    }

    private static String whoConfirms(Side side) {
        return switch (side) {
            case MENTOR -> "Её подтвердит наставляемый или куратор.";
            case MENTEE -> "Её подтвердит наставник.";
            case CURATOR -> "Её подтвердит наставник или наставляемый.";
        };
    }

    private static MultipartBody multipart(CompletedFileUpload file) {
        try {
            return MultipartBody.builder().addPart("file", file.getFilename(),
                    file.getContentType().orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE), file.getBytes()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
