package ru.mentoring.portal.backend;

import io.micronaut.http.annotation.FilterMatcher;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the declarative client of a backend service: its calls carry the signed-in user's own token
 * ({@link UserTokenFilter}), and its refusals name the service in Russian. Keycloak's own clients
 * (the sign-in) carry no such mark and are left alone.
 */
@FilterMatcher
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BackendService {

    /** The service's Russian name, as an error page says it: «Банк наставников». */
    String value() default "";
}
