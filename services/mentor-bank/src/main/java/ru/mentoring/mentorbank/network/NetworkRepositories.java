package ru.mentoring.mentorbank.network;

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
}
