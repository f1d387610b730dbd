package ru.mentoring.school.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ErrorResponseProcessorExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** A {@link Refusal} leaves as one problem+json with an entry per problem (the platform's body provider). */
@Singleton
@Produces
class RefusalHandler extends ErrorResponseProcessorExceptionHandler<Refusal> {

    RefusalHandler(ErrorResponseProcessor<?> responseProcessor) {
        super(responseProcessor);
    }

    @Override
    protected MutableHttpResponse<?> createResponse(Refusal exception) {
        return HttpResponse.status(exception.getStatus());
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Refusal exception) {
        List<Error> errors = exception.problems().stream().map(p -> (Error) new Error() {
            @Override
            public String getMessage() {
                return p.message();
            }

            @Override
            public Optional<String> getPath() {
                return Optional.ofNullable(p.field());
            }
        }).toList();
        return responseProcessor.processResponse(ErrorContext.builder(request).cause(exception).errors(errors).build(),
                createResponse(exception));
    }
}
