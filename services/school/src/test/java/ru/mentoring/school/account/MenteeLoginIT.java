package ru.mentoring.school.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.AccountKey;
import ru.mentoring.school.MailBox;
import ru.mentoring.school.SchoolFixtures;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.time.Today;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * A mentee's own login, as the curator gives it and the mentee uses it: a real Keycloak user with the
 * role {@code mentee} bound to the school, a temporary password by real mail, and the refusals that
 * write nothing anywhere.
 */
@MicronautTest(transactional = false)
class MenteeLoginIT {

    private static final Pattern PASSWORD = Pattern.compile("Временный пароль: (\\S+)");

    @Inject @Client("/") HttpClient http;
    @Inject MenteeAccounts accounts;
    @Inject Today today;

    private final List<String> madeUsers = new ArrayList<>();

    @AfterEach
    void removeUsersMadeHere() {
        madeUsers.forEach(RealmUsers::delete);
    }

    @Test
    void aYoungTeachersLoginSignsInAsAMenteeOfTheSchoolWhoCannotReadTheMenteeBase() {
        UUID teacher = SchoolFixtures.youngTeacher(http, "curator1", "Лаврова Анна " + UUID.randomUUID());
        String email = address();

        Map<String, Object> login = issue("curator1", teacher, "  " + email.toUpperCase() + " ");
        assertThat(login).containsEntry("email", email).containsEntry("username", email).containsEntry("active", true);
        Map<String, Object> user = RealmUsers.byEmail(email).orElseThrow();
        madeUsers.add((String) user.get("id"));
        assertThat(RealmUsers.realmRoles((String) user.get("id"))).contains("mentee").doesNotContain("curator", "mentor");
        assertThat(String.valueOf(user.get("attributes"))).contains("school_id=[1]");
        assertThat(String.valueOf(user.get("requiredActions"))).contains("UPDATE_PASSWORD");

        MailBox.Message letter = await().atMost(Duration.ofSeconds(20)).until(() -> MailBox.messages(email), m -> !m.isEmpty()).getFirst();
        assertThat(letter.subject()).isEqualTo(LoginMail.SUBJECT);
        assertThat(letter.text()).contains("Логин: " + email, "Анна", "придумать свой пароль");
        Matcher password = PASSWORD.matcher(letter.text());
        assertThat(password.find()).as("the letter carries the temporary password").isTrue();

        java.net.http.HttpResponse<String> beforeChange = RealmUsers.signIn(email, password.group(1));
        assertThat(beforeChange.statusCode()).as("the temporary password must be changed first").isEqualTo(400);
        assertThat(beforeChange.body()).contains("not fully set up");
        RealmUsers.passwordChanged((String) user.get("id"));
        java.net.http.HttpResponse<String> granted = RealmUsers.signIn(email, password.group(1));
        assertThat(granted.statusCode()).isEqualTo(200);
        String token = "Bearer " + RealmUsers.accessToken(granted);

        var ownCard = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/mentees/" + teacher).header("Authorization", token)));
        assertThat(ownCard.getStatus().getCode()).isEqualTo(403);
        var base = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/mentees").header("Authorization", token)));
        assertThat(base.getStatus().getCode()).isEqualTo(403);

        assertThat(Tenancy.run(Tenant.school("1"), () -> accounts.byAccountKey(AccountKey.of(email))))
                .contains(new MenteeLogin("1", teacher));
        assertThat(Tenancy.run(Tenant.school("2"), () -> accounts.byAccountKey(AccountKey.of(email)))).isEmpty();
        assertThat(Tenancy.run(Tenant.school("1"), () -> accounts.of("1", teacher))).contains(new MenteeLogin("1", teacher));

        http.toBlocking().exchange(HttpRequest.DELETE("/api/mentees/" + teacher + "/login").header("Authorization", bearer("curator1")));
        assertThat(RealmUsers.byEmail(email).orElseThrow()).containsEntry("enabled", false);
        assertThat(RealmUsers.signIn(email, password.group(1)).statusCode()).isNotEqualTo(200);
        assertThat(Tenancy.run(Tenant.school("1"), () -> accounts.byAccountKey(AccountKey.of(email)))).isEmpty();
        assertThat(current("curator1", teacher)).containsEntry("active", false);
    }

    @Test
    void aMinorGetsALoginOnlyUnderTheGuardiansConsentAndLosesItWhenItIsWithdrawn() {
        UUID pupil = SchoolFixtures.pupil(http, "curator1", "Гусев Илья " + UUID.randomUUID(), "6А",
                today.date().minusYears(12));
        String email = address();

        String refusal = refusal("curator1", pupil, email);
        assertThat(refusal).contains(LoginEligibility.NO_GUARDIAN_CONSENT);
        assertNothingWritten(pupil, email);

        UUID consent = SchoolFixtures.processingConsent(http, "curator1", pupil, true, today.date());
        issueTracked(pupil, email);
        assertThat(current("curator1", pupil)).containsEntry("active", true);

        http.toBlocking().exchange(HttpRequest.POST("/api/consents/" + consent + "/withdraw", Map.of("reason", "родитель отозвал"))
                .header("Authorization", bearer("curator1")));
        assertThat(current("curator1", pupil)).containsEntry("active", false);
        assertThat(Tenancy.run(Tenant.school("1"), () -> accounts.of("1", pupil))).isEmpty();
        awaitDisabledInKeycloak(email);
    }

    @Test
    void archivingAMenteeTurnsTheirLoginOff() {
        UUID teacher = SchoolFixtures.youngTeacher(http, "curator1", "Осипова Вера " + UUID.randomUUID());
        String email = address();
        issueTracked(teacher, email);

        archive(teacher);

        assertThat(current("curator1", teacher)).containsEntry("active", false);
        assertThat(Tenancy.run(Tenant.school("1"), () -> accounts.byAccountKey(AccountKey.of(email)))).isEmpty();
        awaitDisabledInKeycloak(email);
    }

    @Test
    void anEmailInUseAndAnArchivedMenteeAreRefusedAtOnceAndNothingIsLeftBehind() {
        UUID first = SchoolFixtures.youngTeacher(http, "curator1", "Первый Учитель " + UUID.randomUUID());
        String email = address();
        issueTracked(first, email);
        var again = assertThrows(HttpClientResponseException.class, () -> issue("curator1", first, address()));
        assertThat(again.getStatus().getCode()).isEqualTo(422);
        assertThat(again.getResponse().getBody(String.class).orElse("")).contains("уже есть вход: " + email);

        UUID archived = SchoolFixtures.youngTeacher(http, "curator1", "Архивный Учитель " + UUID.randomUUID());
        archive(archived);
        String both = refusal("curator1", archived, email);
        assertThat(both).contains(LoginEligibility.ARCHIVED, "Адрес " + email + " уже используется");
        assertThat(MailBox.messages(email)).hasSize(1);

        UUID second = SchoolFixtures.youngTeacher(http, "curator1", "Второй Учитель " + UUID.randomUUID());
        String staff = refusal("curator1", second, "curator2@mentoring.local");
        assertThat(staff).contains("уже используется");
        assertThat(RealmUsers.realmRoles((String) RealmUsers.byEmail("curator2@mentoring.local").orElseThrow().get("id")))
                .doesNotContain("mentee");
        assertNothingWritten(second, null);

        var foreign = assertThrows(HttpClientResponseException.class, () -> issue("curator2", second, address()));
        assertThat(foreign.getStatus().getCode()).isEqualTo(404);
        var badAddress = assertThrows(HttpClientResponseException.class, () -> issue("curator1", second, "не адрес"));
        assertThat(badAddress.getStatus().getCode()).isEqualTo(400);
        assertThat(badAddress.getResponse().getBody(String.class).orElse("")).contains("Адрес электронной почты указан неверно");
    }

    @Test
    void twoCuratorsGivingOneMenteeTwoLoginsAtOnceLeaveOneLoginAndOneUser() throws Exception {
        UUID teacher = SchoolFixtures.youngTeacher(http, "curator1", "Спорный Учитель " + UUID.randomUUID());
        List<String> emails = List.of(address(), address());
        var answers = emails.stream().map(email -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                issue("curator1", teacher, email);
                return 201;
            } catch (HttpClientResponseException e) {
                return e.getStatus().getCode();
            }
        })).toList();
        List<Integer> codes = new ArrayList<>();
        for (var answer : answers) {
            codes.add(answer.get());
        }
        assertThat(codes).containsExactlyInAnyOrder(201, 422);
        String winner = (String) current("curator1", teacher).get("email");
        String loser = emails.get(0).equals(winner) ? emails.get(1) : emails.get(0);
        madeUsers.add((String) RealmUsers.byEmail(winner).orElseThrow().get("id"));
        assertThat(RealmUsers.byEmail(loser)).as("no Keycloak user is left for the refused login").isEmpty();
        assertThat(MailBox.messages(loser)).isEmpty();
    }

    private void assertNothingWritten(UUID mentee, String email) {
        var none = assertThrows(HttpClientResponseException.class, () -> current("curator1", mentee));
        assertThat(none.getStatus().getCode()).isEqualTo(404);
        if (email != null) {
            assertThat(RealmUsers.byEmail(email)).isEmpty();
            assertThat(MailBox.messages(email)).isEmpty();
        }
    }

    private Map<String, Object> issue(String curator, UUID mentee, String email) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/mentees/" + mentee + "/login", Map.of("email", email))
                .header("Authorization", bearer(curator)), Argument.mapOf(String.class, Object.class));
    }

    /** curator1 gives the mentee a login; the Keycloak user is removed after the test. */
    private void issueTracked(UUID mentee, String email) {
        issue("curator1", mentee, email);
        madeUsers.add((String) RealmUsers.byEmail(email).orElseThrow().get("id"));
    }

    private void archive(UUID mentee) {
        http.toBlocking().exchange(HttpRequest.POST("/api/mentees/" + mentee + "/status", Map.of("status", "ARCHIVED"))
                .header("Authorization", bearer("curator1")));
    }

    private static void awaitDisabledInKeycloak(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.FALSE.equals(RealmUsers.byEmail(email).orElseThrow().get("enabled")));
    }

    private Map<String, Object> current(String curator, UUID mentee) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/mentees/" + mentee + "/login")
                .header("Authorization", bearer(curator)), Argument.mapOf(String.class, Object.class));
    }

    private String refusal(String curator, UUID mentee, String email) {
        var error = assertThrows(HttpClientResponseException.class, () -> issue(curator, mentee, email));
        assertThat(error.getStatus().getCode()).isEqualTo(422);
        return error.getResponse().getBody(String.class).orElse("");
    }

    private static String address() {
        return "mentee-" + UUID.randomUUID() + "@school1.example.ru";
    }
}
