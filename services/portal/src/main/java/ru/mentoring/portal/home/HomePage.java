package ru.mentoring.portal.home;

import ru.mentoring.portal.web.PageModel;

/** «Главная»: what the platform is for a visitor, the sections of their role for a signed-in user. */
record HomePage(boolean loginFailed) implements PageModel {

    @Override
    public String view() {
        return "home";
    }

    @Override
    public String title() {
        return "Главная";
    }
}
