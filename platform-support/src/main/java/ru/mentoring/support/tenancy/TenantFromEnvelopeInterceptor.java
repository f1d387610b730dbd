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

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        for (Object argument : context.getParameterValues()) {
            if (argument instanceof ConsumerRecord<?, ?> record) {
                Header school = record.headers().lastHeader(EventHeaders.SCHOOL_ID);
                String schoolId = school == null ? null : new String(school.value(), StandardCharsets.UTF_8);
                return Tenancy.run(Tenant.ofEvent(schoolId), () -> context.proceed());
            }
        }
        throw new IllegalStateException(context.getDeclaringType().getName() + "." + context.getMethodName()
                + " is marked @TenantFromEnvelope but takes no ConsumerRecord");
    }
}
