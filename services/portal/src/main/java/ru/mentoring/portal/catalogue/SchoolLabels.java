package ru.mentoring.portal.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The school's name for the header of every page, as the bank names it. Schools hardly change, so the
 * list is kept for a few minutes instead of being asked for on every page; while the bank cannot be
 * asked, the header says «школа № 1» rather than failing the page.
 */
@Singleton
public class SchoolLabels {

    private static final Logger LOG = LoggerFactory.getLogger(SchoolLabels.class);
    private static final Duration FRESH_FOR = Duration.ofMinutes(5);

    private final MentorBankClient bank;
    private final Clock clock;
    private volatile Map<String, String> labels = Map.of();
    private volatile Instant takenAt = Instant.MIN;

    SchoolLabels(MentorBankClient bank, Clock clock) {
        this.bank = bank;
        this.clock = clock;
    }

    public String of(@Nullable String schoolId) {
        if (schoolId == null || schoolId.isBlank()) {
            return "—";
        }
        Instant now = clock.instant();
        if (takenAt.plus(FRESH_FOR).isBefore(now) || !labels.containsKey(schoolId)) {
            try {
                labels = bank.schools().list().stream()
                        .collect(Collectors.toMap(Catalogue.School::id, Catalogue.School::label, (a, b) -> a));
                takenAt = now;
            } catch (BackendException | HttpClientException e) {
                // an error page is rendered on the event loop, where the blocking client refuses to run: the
                // school is named by its code there until a page rendered elsewhere has read the names
                LOG.debug("school names not read for the header: {}", e.toString());
            }
        }
        return labels.getOrDefault(schoolId, Schools.unknown(schoolId));
    }
}
