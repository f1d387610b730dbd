package ru.mentoring.portal.web;

import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** Builds a page: the view name, its Russian title and a mutable model the view processors can add to. */
public final class Pages {

    private Pages() {
    }

    public static ModelAndView<Map<String, Object>> page(String view, String title, Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("title", title);
        return new ModelAndView<>(view, model);
    }

    public static ModelAndView<Map<String, Object>> page(String view, String title) {
        return page(view, title, Map.of());
    }
}
