package ru.mentoring.school.oversight;

import io.micronaut.context.ApplicationContext;

/** The curator's alerts looked for now, as the scheduled job does (switched off in test runs so tests choose when). */
public final class OversightFixtures {

    private OversightFixtures() {
    }

    public static int lookForAlerts(ApplicationContext context) {
        return context.getBean(OversightAlerts.class).scan();
    }
}
