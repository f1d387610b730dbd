package ru.mentoring.portal.backend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a backend call the service answers to anyone, such as the public calendar feed. Made for a signed-in
 * user it carries their token as usual; made for an anonymous caller (a calendar application subscribed to
 * the feed) it carries none instead of being refused by {@link UserTokenFilter}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenToEveryone {
}
