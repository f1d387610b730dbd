package ru.mentoring.support.tenancy;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import ru.mentoring.model.event.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Binds the tenant of the consumed record for the whole listener call; see {@link TenantFromEnvelope}. */
@Singleton
@InterceptorBean(TenantFromEnvelope.class)
class TenantFromEnvelopeInterceptor implements MethodInterceptor<Object, Object> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TenantFromEnvelopeInterceptor.class);

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        for (Object argument : context.getParameterValues()) {
            if (argument instanceof ConsumerRecord<?, ?> record) {
                try {
                    return Tenancy.run(Tenant.ofEvent(schoolOf(record)), () -> context.proceed());
                } catch (RuntimeException e) {
                    // the consumer retries the record with growing pauses and says nothing until it gives up
                    LOG.warn("applying {}/{}@{} failed; it will be retried", record.topic(), record.partition(),
                            record.offset(), e);
                    throw e;
                }
            }
            if (argument instanceof ConsumerRecords<?, ?> batch) {
                try {
                    return Tenancy.run(tenantOf(batch), () -> context.proceed());
                } catch (RuntimeException e) {
                    LOG.warn("applying a batch of {} records from {} failed; it will be retried", batch.count(),
                            batch.partitions(), e);
                    throw e;
                }
            }
        }
        throw new IllegalStateException(context.getDeclaringType().getName() + "." + context.getMethodName()
                + " is marked @TenantFromEnvelope but takes no ConsumerRecord nor ConsumerRecords");
    }

    /**
     * A batch acts for the school all its records name. Records of different schools act for none: a
     * batch listener that writes a school's own rows must then fail (row-level security refuses) rather
     * than write one school's event as another's.
     */
    static Tenant tenantOf(ConsumerRecords<?, ?> batch) {
        Set<String> schools = new HashSet<>();
        batch.forEach(record -> schools.add(Objects.requireNonNullElse(schoolOf(record), "")));
        return schools.size() == 1 ? Tenant.ofEvent(schools.iterator().next()) : Tenant.NONE;
    }

    private static String schoolOf(ConsumerRecord<?, ?> record) {
        Header school = record.headers().lastHeader(EventHeaders.SCHOOL_ID);
        return school == null ? null : new String(school.value(), StandardCharsets.UTF_8);
    }
}
