package ru.mentoring.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Every page's header shows who is signed in, so every model gets {@code user}. Only this view of
 * the user reaches the templates, never the authentication attributes with the tokens.
 */
@Singleton
class CurrentUserModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        modelAndView.getModel().ifPresent(model -> request.getUserPrincipal(Authentication.class)
                .ifPresent(authentication -> model.putIfAbsent("user", PortalUser.of(authentication))));
    }
}
