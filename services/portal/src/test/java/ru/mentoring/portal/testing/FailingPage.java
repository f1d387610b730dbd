package ru.mentoring.portal.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** A page with a bug, to see what a user is shown when the portal itself fails. */
@Requires(property = "spec.name", value = PortalHarness.SPEC)
@Controller("/test-failure")
@Secured(SecurityRule.IS_ANONYMOUS)
class FailingPage {

    static final String SECRET = "Internal detail: NullPointerException at ru.mentoring.Secret";

    @Get
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
