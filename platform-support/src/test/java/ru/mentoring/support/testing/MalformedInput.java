package ru.mentoring.support.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends malformed input to every route the service has — path variables that are not ids, control
 * characters and invalid UTF-8 in the address, broken and hostile JSON bodies — and collects every
 * answer of 500 or above. A user's bad input must never be the server's error.
 */
public final class MalformedInput {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final List<String> BAD_SEGMENTS = List.of("not-an-id", "%00", "%C3%28", "x".repeat(600),
            UUID.randomUUID().toString());
    private static final List<String> BAD_QUERIES = List.of("q=%00&strength=%00&year=%00&kind=%00",
            "q=%C3%28&kind=XYZ&minFreeCapacity=abc&year=20x6&status=NOPE&form=%FF", "page=-1&size=99999999999");
    private static final List<String> BAD_BODIES = List.of("{", "{\"fullName\":\"\\u0000\"}", "[]", "\"text\"", "{}",
            "{\"id\":\"not-an-id\",\"capacity\":\"many\",\"kind\":\"XYZ\",\"startsOn\":\"31.02.2026\"}", "null");
    private static final Set<String> SKIPPED = Set.of("/openapi/**");

    private MalformedInput() {
    }

    /** @return "METHOD uri → status" for every answer of 500 or above */
    public static List<String> serverErrors(ApplicationContext context, String baseUrl, String bearer) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> failures = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : context.getBean(Router.class).uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toPathString();
            if (SKIPPED.stream().anyMatch(template::startsWith) || template.contains("*")) {
                continue;
            }
            HttpMethod method = route.getHttpMethod();
            for (String segment : BAD_SEGMENTS) {
                String path = VARIABLE.matcher(template).replaceAll(Matcher.quoteReplacement(segment));
                for (String query : BAD_QUERIES) {
                    URI uri = URI.create(baseUrl + path + "?" + query);
                    if (!method.permitsRequestBody() || method == HttpMethod.DELETE) {
                        check(http, failures, method, uri, bearer, null);
                    } else {
                        for (String body : BAD_BODIES) {
                            check(http, failures, method, uri, bearer, body);
                        }
                    }
                }
            }
        }
        return failures;
    }

    private static void check(HttpClient http, List<String> failures, HttpMethod method, URI uri, String bearer,
                              String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer).header("Accept", "application/json");
        if (body == null) {
            request.method(method.name(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method.name(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 500) {
            failures.add(method + " " + uri + (body == null ? "" : " " + body) + " → " + answer.statusCode() + " "
                    + answer.body());
        }
    }
}
