package ru.mentoring.practices.consent;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PracticeConsentRepository extends GenericRepository<PracticeConsent, UUID> {

    PracticeConsent save(PracticeConsent consent);

    PracticeConsent update(PracticeConsent consent);

    Optional<PracticeConsent> findBySchoolIdAndConsentRef(String schoolId, String consentRef);

    List<PracticeConsent> findBySchoolIdAndConsentRefInList(String schoolId, Collection<String> consentRefs);
}
