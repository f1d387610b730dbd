package ru.mentoring.school.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import ru.mentoring.school.pair.PairAccess;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.web.Downloads;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

/** A pair's meeting log: meetings logged and confirmed by the pair and its curator, with files of results. */
@Controller("/api/pairs/{id}")
@Secured({Roles.CURATOR, Roles.MENTOR, Roles.MENTEE})
class MeetingController {

    private final MeetingService meetings;
    private final PairAccess access;

    MeetingController(MeetingService meetings, PairAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    @Post("/meetings")
    HttpResponse<MeetingView> log(Authentication authentication, UUID id, @Valid @Body MeetingCommands.LogMeeting body) {
        PairParticipant who = access.participant(authentication, id);
        MeetingView meeting = access.within(who, () -> meetings.log(who, body));
        return HttpResponse.created(meeting, URI.create("/api/pairs/" + id + "/meetings/" + meeting.id()));
    }

    @Get("/meetings")
    MeetingView.Log list(Authentication authentication, UUID id) {
        PairParticipant who = access.participant(authentication, id);
        return access.within(who, () -> meetings.log(who));
    }

    @Post("/meetings/{meetingId}/confirmation")
    MeetingView confirm(Authentication authentication, UUID id, UUID meetingId) {
        PairParticipant who = access.participant(authentication, id);
        return access.within(who, () -> meetings.confirm(who, meetingId));
    }

    @Post(value = "/meetings/{meetingId}/files", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<MeetingView.StoredFile> attach(Authentication authentication, UUID id, UUID meetingId,
                                                @Nullable @Part("file") CompletedFileUpload file) throws IOException {
        if (file == null) {
            throw new BusinessRuleException("Приложите файл: документ, таблицу, презентацию, фото или текст");
        }
        byte[] content = file.getBytes();
        PairParticipant who = access.participant(authentication, id);
        return HttpResponse.created(access.within(who, () -> meetings.attach(who, meetingId, file.getFilename(), content)));
    }

    @Get("/files/{fileId}")
    HttpResponse<byte[]> file(Authentication authentication, UUID id, UUID fileId) {
        PairParticipant who = access.participant(authentication, id);
        MeetingFile file = access.within(who, () -> meetings.file(who, fileId));
        return Downloads.file(file.content(), file.contentType(), file.name());
    }
}
