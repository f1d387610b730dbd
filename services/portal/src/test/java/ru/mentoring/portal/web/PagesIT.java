package ru.mentoring.portal.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's pages for a visitor who has not signed in, against the real Keycloak. Port 18080 on
 * {@code localhost} is the test address the realm accepts as a redirect URI of the portal client.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "18080")
class PagesIT {

    private static final String PORTAL = "http://localhost:18080";

    // redirects are followed by hand: the test is about where they lead
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousHomeDescribesThePlatformInRussianAndOffersToSignIn() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        assertThat(home.body())
                .contains("Сеть наставничества образовательных организаций")
                .contains("Войти")
                .contains("href=\"/oauth/login/keycloak\"")
                .doesNotContain("Выйти");
    }

    @Test
    void anonymousDirectoryLeadsToTheKeycloakLoginOfThePortalClient() throws Exception {
        HttpResponse<String> directory = get("/directory");
        assertThat(directory.statusCode()).isBetween(302, 303);
        String login = directory.headers().firstValue("Location").orElseThrow();
        assertThat(login).isEqualTo("/oauth/login/keycloak");
        // after signing in the user comes back to the page they asked for
        assertThat(directory.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("ORIGINAL_URI=/directory"));

        HttpResponse<String> keycloak = get(login);
        assertThat(keycloak.statusCode()).isEqualTo(302);
        String authorize = keycloak.headers().firstValue("Location").orElseThrow();
        assertThat(authorize)
                .startsWith(System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180")
                        + "/realms/mentoring/protocol/openid-connect/auth")
                .contains("client_id=mentoring-portal")
                .contains("response_type=code")
                .contains("redirect_uri=" + URLEncoder.encode(PORTAL + "/oauth/callback/keycloak", StandardCharsets.UTF_8));
        assertThat(http.send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("Keycloak shows its login page for that request").isEqualTo(200);
    }

    @Test
    void methodistFormIsNotForAnonymousVisitors() throws Exception {
        assertThat(get("/mentors/new").headers().firstValue("Location")).hasValue("/oauth/login/keycloak");
    }

    @Test
    void anUnknownAddressIsNotFoundRatherThanASignInOrForbidden() throws Exception {
        HttpResponse<String> unknown = get("/no-such-page");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Страница не найдена").contains("Войти");
        assertThat(get("/bank/not-a-uuid").headers().firstValue("Location"))
                .as("a known page still asks an anonymous visitor to sign in first").hasValue("/oauth/login/keycloak");
    }

    @Test
    void stylesheetAndHealthAreOpen() throws Exception {
        assertThat(get("/static/portal.css").statusCode()).isEqualTo(200);
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PORTAL + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
