package ru.mentoring.portal.directory;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.web.PageModel;

/** «Контакты наставника», or why this school may not see them yet ({@code contacts} is then null). */
record ContactsPage(@Nullable Mentors.Contacts contacts) implements PageModel {

    public boolean found() {
        return contacts != null;
    }

    @Override
    public String view() {
        return "mentor-contacts";
    }

    @Override
    public String title() {
        return "Контакты наставника";
    }
}
