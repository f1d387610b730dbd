package ru.mentoring.mentorbank;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "mentor-bank", version = "1",
        description = "Муниципальный банк наставников"))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
