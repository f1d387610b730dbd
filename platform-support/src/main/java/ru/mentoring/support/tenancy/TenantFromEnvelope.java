package ru.mentoring.support.tenancy;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Kafka listener: each consumed record runs bound to the school its event envelope names (the
 * relay copies the envelope's school into the {@code school-id} header), so the listener and
 * everything it calls see exactly that school's rows and no other. A batch listener (taking
 * {@code ConsumerRecords}) runs bound to the school all its records name, and to none when they name
 * different schools.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface TenantFromEnvelope {
}
