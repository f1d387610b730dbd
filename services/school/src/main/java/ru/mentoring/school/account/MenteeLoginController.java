package ru.mentoring.school.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** A mentee's own login, given and taken away by the school's curator. */
@Controller("/api/mentees/{menteeId}/login")
@Secured(Roles.CURATOR)
class MenteeLoginController {

    private final MenteeLoginService logins;

    MenteeLoginController(MenteeLoginService logins) {
        this.logins = logins;
    }

    @Post
    HttpResponse<LoginView> issue(Authentication authentication, UUID menteeId, @Valid @Body IssueLogin body) {
        MenteeAccount account = logins.issue(school(authentication), menteeId, body.email());
        return HttpResponse.created(LoginView.of(account), URI.create("/api/mentees/" + menteeId + "/login"));
    }

    @Get
    LoginView current(Authentication authentication, UUID menteeId) {
        return logins.of(school(authentication), menteeId).map(LoginView::of)
                .orElseThrow(() -> BusinessRuleException.notFound("У наставляемого нет входа"));
    }

    @Delete
    HttpResponse<Void> disable(Authentication authentication, UUID menteeId) {
        logins.disable(school(authentication), menteeId);
        return HttpResponse.noContent();
    }

    private static String school(Authentication authentication) {
        return Caller.of(authentication).requireSchool();
    }

    @Serdeable
    record IssueLogin(
            @NotBlank(message = "Укажите адрес электронной почты, на который придёт вход")
            @Size(max = 254, message = "Адрес электронной почты не длиннее 254 символов")
            @Pattern(regexp = "^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$", message = "Адрес электронной почты указан неверно: нужен вид name@example.ru")
            String email) {
    }

    @Serdeable
    record LoginView(String email, String username, boolean active, Instant createdAt, @Nullable Instant disabledAt) {
        static LoginView of(MenteeAccount a) {
            return new LoginView(a.email(), a.username(), a.active(), a.createdAt(), a.disabledAt());
        }
    }
}
