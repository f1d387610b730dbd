package ru.mentoring.school.pair;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PairMemberRepository extends CrudRepository<PairMember, PairMember.Key> {

    List<PairMember> findByKeyPairId(UUID pairId);

    List<PairMember> findByKeyPairIdIn(Collection<UUID> pairIds);

    List<PairMember> findBySchoolIdAndKeyMenteeId(String schoolId, UUID menteeId);

    List<PairMember> findBySchoolIdAndKeyMenteeIdInAndActive(String schoolId, Collection<UUID> menteeIds, boolean active);
}
