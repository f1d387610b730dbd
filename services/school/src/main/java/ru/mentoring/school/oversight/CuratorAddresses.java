package ru.mentoring.school.oversight;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.tx.Transactions;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Where the curator's alerts are mailed: the verified e-mail of every curator who works with the school
 * service (the portal calls it with the curator's own token), remembered once per address and process,
 * off the request's path. Keycloak stays the only place that knows the people; this is only the school's
 * list of whom to tell.
 */
@ServerFilter("/api/**")
class CuratorAddresses {

    private static final Logger LOG = LoggerFactory.getLogger(CuratorAddresses.class);

    private final CuratorAddressRepository addresses;
    private final Transactions tx;
    private final ExecutorService blocking;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    CuratorAddresses(CuratorAddressRepository addresses, Transactions tx,
                     @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.addresses = addresses;
        this.tx = tx;
        this.blocking = blocking;
    }

    @ResponseFilter
    void afterRequest(HttpRequest<?> request) {
        request.getUserPrincipal(Authentication.class).map(Caller::of)
                .filter(c -> c.has(Roles.CURATOR) && c.schoolId().isPresent() && c.email().filter(e -> e.contains("@")).isPresent())
                .ifPresent(this::remember);
    }

    /** The addresses of the school's curators, for the alerts. */
    List<String> of(String schoolId) {
        return tx.read(() -> addresses.of(schoolId));
    }

    void remember(Caller curator) {
        String school = curator.schoolId().orElseThrow();
        String email = curator.email().orElseThrow().strip().toLowerCase(java.util.Locale.ROOT);
        if (!known.add(school + "\n" + email)) {
            return;
        }
        blocking.execute(() -> {
            try {
                Tenancy.runVoid(Tenant.school(school), () -> tx.write(() -> addresses.remember(school, email, curator.username())));
            } catch (RuntimeException e) {
                known.remove(school + "\n" + email);
                LOG.warn("a curator's address will be remembered on a later request: {}", e.toString());
            }
        });
    }
}
