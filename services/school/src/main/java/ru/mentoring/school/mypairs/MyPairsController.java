package ru.mentoring.school.mypairs;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** The mentor's "my pairs" (every school) and the mentee's own page. */
@Controller("/api/me/pairs")
@Secured({Roles.MENTOR, Roles.MENTEE})
class MyPairsController {

    private final MyPairs pairs;

    MyPairsController(MyPairs pairs) {
        this.pairs = pairs;
    }

    @Get
    MyPair.Items list(Authentication authentication) {
        return new MyPair.Items(pairs.all(authentication));
    }

    @Get("/{id}")
    MyPair one(Authentication authentication, UUID id) {
        return pairs.one(authentication, id);
    }
}
