package ru.mentoring.practices;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "practices", version = "1",
        description = "Банк эффективных наставнических практик"))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
