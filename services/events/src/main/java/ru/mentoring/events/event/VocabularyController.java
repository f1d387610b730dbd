package ru.mentoring.events.event;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The codes an organiser picks from, each with its Russian title, so a form offers what this service
 * accepts and names it as the event pages do.
 */
@Controller("/api/event-vocabulary")
@Secured(SecurityRule.IS_AUTHENTICATED)
class VocabularyController {

    @Get
    Vocabulary vocabulary() {
        return new Vocabulary(terms(EventKind.values(), EventKind::title), terms(EventFormat.values(), EventFormat::title),
                terms(Audience.values(), Audience::title), terms(FieldType.values(), FieldType::title));
    }

    private static <E extends Enum<E>> List<Term> terms(E[] values, Function<E, String> title) {
        return Arrays.stream(values).map(v -> new Term(v.name(), title.apply(v))).toList();
    }

    @Serdeable
    record Term(String code, String title) {
    }

    @Serdeable
    record Vocabulary(List<Term> kinds, List<Term> formats, List<Term> audiences, List<Term> fieldTypes) {
    }
}
