package ru.mentoring.support.tenancy;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import ru.mentoring.model.event.EventHeaders;

import java.nio.charset.StandardCharsets;

/** Binds the tenant of the consumed record for the whole listener call; see {@link TenantFromEnvelope}. */
@Singleton
@InterceptorBean(TenantFromEnvelope.class)
class TenantFromEnvelopeInterceptor implements MethodInterceptor<Object, Object> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TenantFromEnvelopeInterceptor.class);

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        for (Object argument : context.getParameterValues()) {
            if (argument instanceof ConsumerRecord<?, ?> record) {
                Header school = record.headers().lastHeader(EventHeaders.SCHOOL_ID);
                String schoolId = school == null ? null : new String(school.value(), StandardCharsets.UTF_8);
                try {
                    return Tenancy.run(Tenant.ofEvent(schoolId), () -> context.proceed());
                } catch (RuntimeException e) {
                    // the consumer retries the record with growing pauses and says nothing until it gives up
                    LOG.warn("applying {}/{}@{} failed; it will be retried", record.topic(), record.partition(),
                            record.offset(), e);
                    throw e;
                }
            }
        }
        throw new IllegalStateException(context.getDeclaringType().getName() + "." + context.getMethodName()
                + " is marked @TenantFromEnvelope but takes no ConsumerRecord");
    }
}
