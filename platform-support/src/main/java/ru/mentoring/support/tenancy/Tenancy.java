package ru.mentoring.support.tenancy;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;

import java.util.function.Supplier;

/**
 * The one place that says which tenant the current work belongs to. A request is bound by its
 * verified token, with nothing for a controller to do; a consumed event by {@link TenantFromEnvelope};
 * platform jobs by {@link #asSystem}. The database connection reads {@link #current()} whenever it
 * is handed out (see {@link TenantBindingDataSource}).
 */
public final class Tenancy {

    private static final String REQUEST_ATTRIBUTE = Tenancy.class.getName();

    private Tenancy() {
    }

    public static Tenant current() {
        PropagatedContext context = PropagatedContext.getOrEmpty();
        var explicit = context.find(TenantContext.class);
        if (explicit.isPresent()) {
            return explicit.get().tenant();
        }
        return ServerRequestContext.currentRequest().map(Tenancy::ofRequest).orElse(Tenant.NONE);
    }

    /** Runs work bound to the given tenant, whatever the surrounding request or event says. */
    public static <T> T run(Tenant tenant, Supplier<T> work) {
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(new TenantContext(tenant)).propagate()) {
            return work.get();
        }
    }

    public static void runVoid(Tenant tenant, Runnable work) {
        run(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** For the platform's own jobs that must visit every school (reminders, relays); never for a user's request. */
    public static <T> T asSystem(Supplier<T> work) {
        return run(Tenant.SYSTEM, work);
    }

    private static Tenant ofRequest(HttpRequest<?> request) {
        Object cached = request.getAttribute(REQUEST_ATTRIBUTE).orElse(null);
        if (cached instanceof Tenant tenant) {
            return tenant;
        }
        // remembered only once the token was verified: a lookup before that must not stick
        return request.getUserPrincipal(Authentication.class).map(a -> {
            Tenant tenant = Tenant.of(Caller.of(a));
            request.setAttribute(REQUEST_ATTRIBUTE, tenant);
            return tenant;
        }).orElse(Tenant.NONE);
    }
}
