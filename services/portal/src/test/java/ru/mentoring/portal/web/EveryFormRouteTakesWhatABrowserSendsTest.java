package ru.mentoring.portal.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.PortalHarness;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser posts a form as {@code application/x-www-form-urlencoded}, or {@code multipart/form-data} with a
 * file, even when the form is only a button. A portal route left with Micronaut's default (JSON) refuses that
 * with 415, which the user reads as «Некорректный запрос»: the practice library's buttons did so.
 */
class EveryFormRouteTakesWhatABrowserSendsTest {

    @Test
    void everyPostThePortalAnswersTakesAFormOrAFile() {
        Router router = PortalHarness.get().bean(Router.class);

        List<String> refusingForms = router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.POST)
                .filter(route -> route.getDeclaringType().getPackageName().startsWith("ru.mentoring.portal"))
                .filter(route -> !route.getDeclaringType().getPackageName().startsWith("ru.mentoring.portal.testing"))
                .filter(route -> !route.explicitlyConsumes(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        && !route.explicitlyConsumes(MediaType.MULTIPART_FORM_DATA_TYPE))
                .map(route -> route.getDeclaringType().getSimpleName() + " POST " + route.getUriMatchTemplate())
                .distinct().sorted().toList();
        long forms = router.uriRoutes().filter(route -> route.getHttpMethod() == HttpMethod.POST)
                .filter(route -> route.getDeclaringType().getPackageName().startsWith("ru.mentoring.portal.practice")).count();

        assertThat(forms).as("the practice library's forms are among the routes looked at").isGreaterThan(10);
        assertThat(refusingForms).isEmpty();
    }
}
