package ru.mentoring.portal.web;

/**
 * A page's own record: the template it fills and its Russian title. Its components are what the
 * template reads as {@code ${page.…}}; everything the layout needs is added by {@link Page}.
 */
public interface PageModel {

    /** The template under {@code views/}, without {@code .html}. */
    String view();

    /** The browser tab's title, and usually the heading. */
    String title();
}
