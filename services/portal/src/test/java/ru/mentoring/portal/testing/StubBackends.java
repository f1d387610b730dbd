package ru.mentoring.portal.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;

/**
 * The four backend services, played inside the portal's own test server under {@code /stub/<service>}:
 * each call is recorded with its token and body, and answered as the test told {@link Backends}.
 */
@Requires(property = "spec.name", value = PortalHarness.SPEC)
@Controller("/stub")
@Secured(SecurityRule.IS_ANONYMOUS)
class StubBackends {

    private final Backends backends;

    StubBackends(Backends backends) {
        this.backends = backends;
    }

    /**
     * Keycloak's signing keys, always reachable: a backend's 401 then stays a 401 (the platform turns a
     * refused token into 503 only while the keys cannot be fetched), and no test needs a Keycloak.
     */
    @Get(uri = "/keycloak/certs", produces = MediaType.APPLICATION_JSON)
    String signingKeys() {
        return "{\"keys\":[]}";
    }

    @Get(uri = "/{+path}", produces = MediaType.ALL)
    HttpResponse<?> get(String path, HttpRequest<?> request) {
        return backends.answer(request, null);
    }

    @Post(uri = "/{+path}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.ALL)
    HttpResponse<?> post(String path, HttpRequest<?> request, @Nullable @Body String body) {
        return backends.answer(request, body);
    }

    @Put(uri = "/{+path}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.ALL)
    HttpResponse<?> put(String path, HttpRequest<?> request, @Nullable @Body String body) {
        return backends.answer(request, body);
    }

    @Delete(uri = "/{+path}", produces = MediaType.ALL)
    HttpResponse<?> delete(String path, HttpRequest<?> request) {
        return backends.answer(request, null);
    }

    /** A practice's attachment: recorded like the spreadsheet, as the part's file name and size. */
    @Post(uri = "/practices/api/practices/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.ALL)
    HttpResponse<?> attach(String id, HttpRequest<?> request, @Part("file") CompletedFileUpload file) throws IOException {
        return backends.answer(request, "file " + file.getFilename() + " " + file.getBytes().length);
    }

    /** The spreadsheet upload: recorded as the part's file name and size. */
    @Post(uri = "/mentor-bank/api/mentors/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.ALL)
    HttpResponse<?> upload(HttpRequest<?> request, @Part("file") CompletedFileUpload file) throws IOException {
        return recorded(request, file);
    }

    /** The school's mentee base upload, recorded the same way. */
    @Post(uri = "/school/api/mentees/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.ALL)
    HttpResponse<?> menteeUpload(HttpRequest<?> request, @Part("file") CompletedFileUpload file) throws IOException {
        return recorded(request, file);
    }

    /** An intermediate result attached to a pair's meeting, recorded the same way. */
    @Post(uri = "/school/api/pairs/{id}/meetings/{meetingId}/files", consumes = MediaType.MULTIPART_FORM_DATA,
            produces = MediaType.ALL)
    HttpResponse<?> meetingFile(String id, String meetingId, HttpRequest<?> request, @Part("file") CompletedFileUpload file)
            throws IOException {
        return recorded(request, file);
    }

    private HttpResponse<?> recorded(HttpRequest<?> request, CompletedFileUpload file) throws IOException {
        return backends.answer(request, "file " + file.getFilename() + " " + file.getBytes().length + " "
                + file.getContentType().map(MediaType::toString).orElse("") + " "
                + request.getHeaders().get(HttpHeaders.CONTENT_TYPE).startsWith(MediaType.MULTIPART_FORM_DATA));
    }
}
