package ru.mentoring.portal.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * The whole portal in this JVM, on a free port, against stub backend services ({@link StubBackends})
 * and without PostgreSQL or Keycloak: the data source is never opened (the login journal is not
 * exercised) and sign-in is a session put straight into the session store. Started once per test
 * run; a few component tests share it.
 */
public final class PortalHarness {

    static final String SPEC = "PortalHarness";
    private static PortalHarness instance;

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private PortalHarness(int port) {
        String stub = "http://127.0.0.1:" + port + "/stub/";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spec.name", SPEC);
        properties.put("micronaut.server.port", port);
        properties.put("mentoring.services.mentor-bank-url", stub + "mentor-bank");
        properties.put("mentoring.services.school-url", stub + "school");
        properties.put("mentoring.services.events-url", stub + "events");
        properties.put("mentoring.services.practices-url", stub + "practices");
        properties.put("flyway.enabled", false);
        properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:1/none");
        properties.put("datasources.default.initialization-fail-timeout", -1);
        properties.put("micronaut.security.oauth2.clients.keycloak.openid.issuer", stub + "keycloak");
        properties.put("mentoring.keycloak.jwks-url", stub + "keycloak/certs");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    public static synchronized PortalHarness get() {
        if (instance == null) {
            instance = new PortalHarness(freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::close));
        }
        instance.backends().reset();
        instance.bean(ru.mentoring.portal.catalogue.Catalogues.class).forget();
        return instance;
    }

    public Backends backends() {
        return server.getApplicationContext().getBean(Backends.class);
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    /** A browser session of this user, as the Keycloak sign-in would leave it: the session cookie. */
    public String signIn(Authentication user) {
        @SuppressWarnings("unchecked")
        SessionStore<Session> sessions = bean(SessionStore.class);
        Session session = sessions.newSession();
        session.put(SecurityFilter.AUTHENTICATION, user);
        try {
            sessions.save(session).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return "PORTAL_SESSION=" + Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
    }

    /** A backend's answer as the service would write it, from the portal's own records. */
    public String json(Object value) {
        try {
            return bean(ObjectMapper.class).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> get(String path, String cookie) {
        return send(request(path, cookie).GET().build());
    }

    public HttpResponse<String> post(String path, String cookie, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(path, cookie, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String cookie, String contentType, byte[] body) {
        return send(request(path, cookie).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<byte[]> download(String path, String cookie) {
        try {
            return http.send(request(path, cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return cookie == null ? builder : builder.header("Cookie", cookie);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
