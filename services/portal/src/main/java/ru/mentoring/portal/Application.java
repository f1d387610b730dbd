package ru.mentoring.portal;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "portal", version = "1",
        description = "Портал сети наставничества: страницы для методистов, кураторов и наставников"))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
