package ru.mentoring.support.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Optional;

/**
 * Refuses, before anything else reads them, addresses and text bodies that are not valid UTF-8 or
 * carry control characters (see {@link RequestText}): 400 problem+json with a Russian explanation.
 * File uploads (multipart) are the file readers' business and are not inspected here.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "mentoring.input-check.enabled", notEquals = "false")
class InputSanityFilter implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Optional<String> problem = RequestText.checkAddress(request.getUri().getRawPath())
                .or(() -> RequestText.checkAddress(request.getUri().getRawQuery()));
        MediaType type = request.getContentType().orElse(null);
        if (problem.isEmpty() && body != null && type != null && isText(type)) {
            problem = RequestText.checkBody(body, type.getSubtype().endsWith("json"));
        }
        return problem.<HttpResponse<?>>map(p -> ProblemResponses.of(HttpStatus.BAD_REQUEST, p)).orElse(null);
    }

    private static boolean isText(MediaType type) {
        String subtype = type.getSubtype();
        return subtype.endsWith("json") || subtype.equals("x-www-form-urlencoded") || type.getType().equals("text");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
