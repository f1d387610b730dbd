package ru.mentoring.support.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses, before anything else reads them, addresses and text bodies that are not valid UTF-8 or
 * carry control characters (see {@link RequestText}): 400 problem+json with a Russian explanation.
 * File uploads (multipart) are the file readers' business and pass untouched.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class InputSanityFilter implements Ordered {

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        Optional<String> problem = RequestText.checkAddress(request.getUri().getRawPath())
                .or(() -> RequestText.checkAddress(request.getUri().getRawQuery()));
        if (problem.isPresent()) {
            return CompletableFuture.completedFuture(ProblemResponses.of(HttpStatus.BAD_REQUEST, problem.get()));
        }
        MediaType type = request.getContentType().orElse(null);
        if (type == null || !(request instanceof ServerHttpRequest<?> server) || !isText(type)) {
            return CompletableFuture.completedFuture(null);
        }
        boolean json = type.getSubtype().endsWith("json");
        CloseableByteBody copy = server.byteBody().split();
        return copy.buffer().thenApply(body -> {
            try (body) {
                return RequestText.checkBody(body.toByteArray(), json)
                        .<HttpResponse<?>>map(p -> ProblemResponses.of(HttpStatus.BAD_REQUEST, p))
                        .orElse(null);
            }
        });
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
