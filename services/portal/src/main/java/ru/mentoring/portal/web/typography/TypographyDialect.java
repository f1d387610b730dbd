package ru.mentoring.portal.web.typography;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Set;

/** Russian typography of the rendered pages: the one post-processor, {@link NestedQuotesHandler}. */
@Singleton
public final class TypographyDialect extends AbstractDialect implements IPostProcessorDialect,
        BeanCreatedEventListener<TemplateEngine> {

    public TypographyDialect() {
        super("Russian typography");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, NestedQuotesHandler.class, 1000));
    }

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        engine.addDialect(this);
        return engine;
    }
}
