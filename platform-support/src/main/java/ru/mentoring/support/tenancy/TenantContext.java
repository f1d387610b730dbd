package ru.mentoring.support.tenancy;

import io.micronaut.core.propagation.PropagatedContextElement;

/** An explicit binding (an event's school, a system job) carried along with the work across threads. */
record TenantContext(Tenant tenant) implements PropagatedContextElement {
}
