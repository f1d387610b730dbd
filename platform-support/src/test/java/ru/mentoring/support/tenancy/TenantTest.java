package ru.mentoring.support.tenancy;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TenantTest {

    @Test
    void aCuratorActsForTheSchoolInTheToken() {
        Tenant tenant = Tenant.of(new Caller("s1", "curator1", Set.of(Roles.CURATOR), Optional.of("1"), Optional.of("C1@School.Example")));
        assertThat(tenant.scope()).isEqualTo(Tenant.Scope.SCHOOL);
        assertThat(tenant.schoolId()).isEqualTo("1");
        assertThat(tenant.email()).as("compared with e-mails in lower case").isEqualTo("c1@school.example");
    }

    @Test
    void municipalStaffGetTheMunicipalScopeEvenWithASchool() {
        assertThat(Tenant.of(new Caller("s", "methodist", Set.of(Roles.METHODIST), Optional.empty(), Optional.empty())).scope())
                .isEqualTo(Tenant.Scope.MUNICIPAL);
        assertThat(Tenant.of(new Caller("s", "expert1", Set.of(Roles.EXPERT), Optional.of("2"), Optional.empty())).scope())
                .isEqualTo(Tenant.Scope.MUNICIPAL);
    }

    @Test
    void someoneWithoutSchoolOrMunicipalRoleSeesNoSchool() {
        assertThat(Tenant.of(new Caller("s", "mentor", Set.of(Roles.MENTOR), Optional.empty(), Optional.empty())).scope())
                .isEqualTo(Tenant.Scope.NONE);
        assertThat(Tenant.ofEvent(null)).isEqualTo(Tenant.NONE);
        assertThat(Tenant.ofEvent("3")).isEqualTo(Tenant.school("3"));
    }

    @Test
    void anExplicitBindingWinsAndEndsWithItsBlock() {
        assertThat(Tenancy.current()).isEqualTo(Tenant.NONE);
        assertThat(Tenancy.run(Tenant.school("7"), Tenancy::current)).isEqualTo(Tenant.school("7"));
        assertThat(Tenancy.current()).isEqualTo(Tenant.NONE);
    }
}
