package ru.mentoring.portal.home;

import ru.mentoring.portal.web.PageModel;

import java.util.List;

/**
 * «Главная»: what the platform is for a visitor; for a signed-in user what their role does next
 * ({@link NextSteps}) and the sections of their role.
 */
record HomePage(boolean loginFailed, List<NextStep> next) implements PageModel {

    HomePage(boolean loginFailed) {
        this(loginFailed, List.of());
    }

    @Override
    public String view() {
        return "home";
    }

    @Override
    public String title() {
        return "Главная";
    }
}
