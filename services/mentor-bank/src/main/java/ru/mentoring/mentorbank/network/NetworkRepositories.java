package ru.mentoring.mentorbank.network;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

final class NetworkRepositories {

    private NetworkRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Projects extends CrudRepository<NetworkProject, UUID> {
        List<NetworkProject> findAllOrderByName();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Agreements extends CrudRepository<NetworkAgreement, UUID> {
        List<NetworkAgreement> findByProjectIdOrderBySignedOn(UUID projectId);

        boolean existsByProjectIdAndNumber(UUID projectId, String number);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Pool extends io.micronaut.data.repository.GenericRepository<NetworkProject, UUID> {
        @Query(value = "insert into network_pool (project_id, mentor_id) values (:projectId, :mentorId) on conflict do nothing",
                nativeQuery = true)
        int add(UUID projectId, UUID mentorId);

        @Query(value = "delete from network_pool where project_id = :projectId and mentor_id = :mentorId", nativeQuery = true)
        int remove(UUID projectId, UUID mentorId);

        @Query(value = "select mentor_id from network_pool where project_id = :projectId order by added_at", nativeQuery = true)
        List<UUID> mentorsOf(UUID projectId);
    }
}
