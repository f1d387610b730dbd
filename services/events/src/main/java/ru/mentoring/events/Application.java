package ru.mentoring.events;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "events", version = "1",
        description = "Мероприятия: каталог и регистрация участников"))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
