package ru.mentoring.mentorbank.school;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The municipality's schools: the one place that knows them and how they are named. */
@Singleton
public class Schools {

    private final SchoolRepository schools;

    Schools(SchoolRepository schools) {
        this.schools = schools;
    }

    @Transactional(readOnly = true)
    public List<School> all() {
        return schools.findAllOrderById();
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return schools.existsById(id);
    }

    @Transactional(readOnly = true)
    public Optional<School> find(String id) {
        return schools.findById(id);
    }

    @Transactional(readOnly = true)
    public Map<String, School> byId() {
        return all().stream().collect(Collectors.toMap(School::id, Function.identity()));
    }

    @Transactional
    public School register(String id, String name, String shortName) {
        if (schools.existsById(id)) {
            throw BusinessRuleException.conflict("Школа с кодом «" + id + "» уже есть");
        }
        return schools.save(new School(id, name.strip(), shortName.strip(), null));
    }
}
