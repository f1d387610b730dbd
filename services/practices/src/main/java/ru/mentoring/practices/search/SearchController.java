package ru.mentoring.practices.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.practice.PracticeService;
import ru.mentoring.support.tenancy.Roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/practices/search?q=&form=&competency=&school=&year=&level=&targetGroup=&sort=&page=&size=}:
 * the library of published practices. Each filter may repeat (any of the values); the answer has
 * {@code items} (id, title, snippet …), {@code facets} (dimension → value → count) and {@code total}.
 */
@Controller("/api/practices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SearchController {

    private static final int MAX_SIZE = 50;

    private final PracticeSearch search;
    private final Indexer indexer;
    private final PracticeService practices;

    SearchController(PracticeSearch search, Indexer indexer, PracticeService practices) {
        this.search = search;
        this.indexer = indexer;
        this.practices = practices;
    }

    @Get("/search{?q,form,competency,school,year,level,targetGroup,sort,page,size,recommended}")
    SearchResult search(@Nullable @QueryValue String q, @Nullable @QueryValue List<String> form,
                        @Nullable @QueryValue List<String> competency, @Nullable @QueryValue List<String> school,
                        @Nullable @QueryValue List<String> year, @Nullable @QueryValue List<String> level,
                        @Nullable @QueryValue List<String> targetGroup, @Nullable @QueryValue String sort,
                        @Nullable @QueryValue String page, @Nullable @QueryValue String size,
                        @Nullable @QueryValue String recommended) {
        if (q != null && q.length() > 500) {
            throw badRequest("Поисковый запрос не длиннее 500 символов");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, IndexFields.FORM, form);
        put(filters, IndexFields.COMPETENCY, competency);
        put(filters, IndexFields.SCHOOL, school);
        put(filters, IndexFields.YEAR, years(year));
        put(filters, IndexFields.LEVEL, levels(level));
        put(filters, IndexFields.TARGET_GROUP, targetGroup);
        return search.search(new SearchRequest(q, filters, sort(sort), number(page, "page", 1, 500, 1),
                number(size, "size", 1, MAX_SIZE, 20), "true".equalsIgnoreCase(recommended)));
    }

    /** Published practices most like this one (which the caller may see, since it is published). */
    @Get("/{id}/similar")
    Similar similar(UUID id, Authentication authentication) {
        practices.published(id, Actor.of(authentication));
        return new Similar(search.similar(id, 5));
    }

    /** Rebuilds this replica's index from the database; answers how long it took. */
    @Post("/search/reindex")
    @Secured(Roles.ADMIN)
    Indexer.Rebuilt reindex() {
        return indexer.rebuild();
    }

    @Serdeable
    record Similar(List<SearchResult.Item> items) {
    }

    private static void put(Map<String, List<String>> filters, String dim, @Nullable List<String> values) {
        if (values == null) {
            return;
        }
        List<String> clean = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
        if (clean.size() > 20) {
            throw badRequest("Слишком много значений фильтра «" + dim + "»");
        }
        if (!clean.isEmpty()) {
            filters.put(dim, clean);
        }
    }

    private static List<String> years(@Nullable List<String> values) {
        if (values == null) {
            return null;
        }
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.strip().matches("\\d{4}")) {
                throw badRequest("Год указывается четырьмя цифрами, например 2026");
            }
        }
        return values;
    }

    private static List<String> levels(@Nullable List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "school", "школьный" -> "SCHOOL";
            case "municipal", "муниципальный" -> "MUNICIPAL";
            case "regional", "региональный" -> "REGIONAL";
            default -> throw badRequest("Уровень: SCHOOL, MUNICIPAL или REGIONAL (школьный, муниципальный, региональный)");
        }).toList();
    }

    private static SearchRequest.Sort sort(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            case "rating" -> SearchRequest.Sort.RATING;
            default -> throw badRequest("Порядок сортировки: relevance (по релевантности), date (по дате) или rating (по оценке)");
        };
    }

    private static int number(@Nullable String value, String name, int min, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw badRequest("Параметр «" + name + "» — от " + min + " до " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw badRequest("Параметр «" + name + "» указывается числом");
        }
    }

    private static HttpStatusException badRequest(String message) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
