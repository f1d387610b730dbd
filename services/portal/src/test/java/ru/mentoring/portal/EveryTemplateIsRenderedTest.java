package ru.mentoring.portal;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Templates;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template that no test renders is a page nobody checked in Russian: runs after every other test
 * class (see {@code junit-platform.properties}) and compares the templates the rendering tests read
 * with the files in {@code views/}. Fragment files count when a rendered page included them.
 */
@Order(Integer.MAX_VALUE)
class EveryTemplateIsRenderedTest {

    @Test
    void everyTemplateInViewsWasRenderedByATest() throws IOException, URISyntaxException {
        Path views = Path.of(Objects.requireNonNull(getClass().getClassLoader().getResource("views")).toURI());
        Set<String> templates = new TreeSet<>();
        try (Stream<Path> files = Files.list(views)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .forEach(n -> templates.add(n.substring(0, n.length() - ".html".length())));
        }

        assertThat(Templates.read()).as("templates rendered by the *PageTest / *PagesTest classes")
                .containsAll(templates);
    }
}
