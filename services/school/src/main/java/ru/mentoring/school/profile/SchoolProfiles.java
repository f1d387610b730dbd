package ru.mentoring.school.profile;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** The school's own profile for its documents. */
@Singleton
public class SchoolProfiles {

    private final SchoolProfileRepository profiles;

    SchoolProfiles(SchoolProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public SchoolProfile of(String schoolId) {
        return profiles.findById(schoolId).orElseGet(() -> SchoolProfile.unnamed(schoolId));
    }

    @Transactional
    SchoolProfile save(String schoolId, SchoolProfileController.SaveProfile c) {
        var profile = new SchoolProfile(schoolId, c.fullName().strip(), c.shortName().strip(), blank(c.directorName()),
                blank(c.address()), null);
        return profiles.existsById(schoolId) ? profiles.update(profile) : profiles.save(profile);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
