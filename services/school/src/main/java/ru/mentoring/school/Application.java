package ru.mentoring.school;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "school", version = "1",
        description = "Школа: база наставляемых, справочник наставников, пары и мониторинг"))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
