package ru.mentoring.portal.web.form;

/** Where a form that worked sends the user, and the notice they read there. */
public record Redirect(String location, String notice) {
}
