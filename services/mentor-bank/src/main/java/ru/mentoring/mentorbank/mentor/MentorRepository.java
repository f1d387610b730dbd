package ru.mentoring.mentorbank.mentor;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MentorRepository extends CrudRepository<Mentor, UUID> {

    List<Mentor> findAllOrderByFullName();

    List<Mentor> findByIdIn(List<UUID> ids);

    /** Takes a seat only while one is free: two schools asking at the same moment cannot both get the last one. */
    @Query(value = """
            update mentor set reserved_seats = reserved_seats + 1, revision = revision + 1, updated_at = now()
            where id = :id and active_assignments + reserved_seats < capacity""", nativeQuery = true)
    int reserveSeat(UUID id);

    @Query(value = """
            update mentor set reserved_seats = reserved_seats - 1, active_assignments = active_assignments + 1,
                revision = revision + 1, updated_at = now()
            where id = :id and reserved_seats > 0""", nativeQuery = true)
    int confirmSeat(UUID id);

    @Query(value = """
            update mentor set reserved_seats = reserved_seats - 1, revision = revision + 1, updated_at = now()
            where id = :id and reserved_seats > 0""", nativeQuery = true)
    int releaseSeat(UUID id);

    @Query(value = "update mentor set revision = revision + 1, updated_at = now() where id = :id", nativeQuery = true)
    void touch(UUID id);
}
