package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** «Банк практик»: Russian search over the published practices of every school, with facets. */
@Hidden
@Controller("/practices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LibraryController {

    private final PracticesClient library;
    private final Catalogues catalogues;

    LibraryController(PracticesClient library, Catalogues catalogues) {
        this.library = library;
        this.catalogues = catalogues;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<LibraryPage>> search(@Nullable @QueryValue String q, @Nullable @QueryValue List<String> form,
                                           @Nullable @QueryValue List<String> competency,
                                           @Nullable @QueryValue List<String> school,
                                           @Nullable @QueryValue List<String> year,
                                           @Nullable @QueryValue List<String> level,
                                           @Nullable @QueryValue List<String> targetGroup,
                                           @Nullable @QueryValue String sort, @Nullable @QueryValue String page,
                                           Authentication authentication) {
        var query = LibraryQuery.of(q, form, competency, school, year, level, targetGroup, sort, page);
        Practices.SearchResult result = library.search(query.q().isBlank() ? null : query.q(), query.of("form"),
                query.of("competency"), query.of("school"), query.of("year"), query.of("level"),
                query.of("targetGroup"), query.sort(), query.page());
        PortalUser user = PortalUser.of(authentication);
        return Page.show(LibraryViews.page(query, result, catalogues.schools(),
                user.isCurator() || user.isMentor()));
    }

    /** Builds the page record from the library's answer; static so the page test builds it the same way. */
    static final class LibraryViews {

        private LibraryViews() {
        }

        static LibraryPage page(LibraryQuery query, Practices.SearchResult result, Schools schools, boolean canSubmit) {
            List<LibraryPage.Hit> hits = result.hits().stream().map(h -> new LibraryPage.Hit("/practices/" + h.id(),
                    h.title(), Snippets.safe(h.snippet()), meta(h, schools),
                    PracticeLabels.rating(h.rating(), h.ratingCount()), h.recommended(), "files".equals(h.foundIn())))
                    .toList();
            List<LibraryPage.FacetGroup> facets = new ArrayList<>();
            Map<String, Map<String, Integer>> counts = result.facets() == null ? Map.of() : result.facets();
            for (String dim : PracticeLabels.FACET_ORDER) {
                List<Option> values = new ArrayList<>();
                counts.getOrDefault(dim, Map.of()).forEach((value, count) -> values.add(new Option(value,
                        label(dim, value, schools) + " (" + count + ")", query.of(dim).contains(value))));
                if (!values.isEmpty()) {
                    facets.add(new LibraryPage.FacetGroup(dim, PracticeLabels.FACETS.get(dim), values));
                }
            }
            int pages = (int) Math.min(500, (result.total() + 19) / 20);
            return new LibraryPage(query, hits, facets, PracticeLabels.sorts(query.sort()), result.total(),
                    query.page() > 1 ? query.at(query.page() - 1) : null,
                    query.page() < pages ? query.at(query.page() + 1) : null, canSubmit);
        }

        private static String label(String dim, String value, Schools schools) {
            return switch (dim) {
                case "school" -> schools.label(value);
                case "level" -> PracticeLabels.level(value);
                default -> value;
            };
        }

        private static String meta(Practices.Hit h, Schools schools) {
            var parts = new ArrayList<String>();
            parts.add(schools.label(h.schoolId()));
            if (h.form() != null) {
                parts.add(h.form());
            }
            if (h.year() != null) {
                parts.add(h.year() + " г.");
            }
            if (h.level() != null) {
                parts.add(PracticeLabels.level(h.level()) + " уровень");
            }
            parts.add("версия " + h.version());
            return String.join(" · ", parts);
        }
    }
}
