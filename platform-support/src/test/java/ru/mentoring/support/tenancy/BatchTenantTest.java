package ru.mentoring.support.tenancy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which school a batch of consumed records acts for. */
class BatchTenantTest {

    private long offset;

    @Test
    void aBatchOfOneSchoolActsForThatSchool() {
        assertThat(TenantFromEnvelopeInterceptor.tenantOf(batch("7", "7"))).isEqualTo(Tenant.school("7"));
    }

    @Test
    void aBatchOfSeveralSchoolsActsForNone() {
        assertThat(TenantFromEnvelopeInterceptor.tenantOf(batch("7", "8"))).isEqualTo(Tenant.NONE);
        assertThat(TenantFromEnvelopeInterceptor.tenantOf(batch("7", null))).isEqualTo(Tenant.NONE);
    }

    @Test
    void aBatchNamingNoSchoolActsForNone() {
        assertThat(TenantFromEnvelopeInterceptor.tenantOf(batch(null, null))).isEqualTo(Tenant.NONE);
    }

    private ConsumerRecords<String, String> batch(String... schools) {
        TopicPartition partition = new TopicPartition("mentor-base", 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String school : schools) {
            var record = new ConsumerRecord<>(partition.topic(), partition.partition(), offset++, "key", "{}");
            if (school != null) {
                record.headers().add(EventHeaders.SCHOOL_ID, school.getBytes(StandardCharsets.UTF_8));
            }
            records.add(record);
        }
        return new ConsumerRecords<>(Map.of(partition, records));
    }
}
