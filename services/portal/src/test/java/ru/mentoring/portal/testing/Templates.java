package ru.mentoring.portal.testing;

import io.micronaut.core.io.scan.DefaultClassPathResourceLoader;
import io.micronaut.core.io.Writable;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.views.thymeleaf.EngineContextFactory;
import io.micronaut.views.thymeleaf.LinkBuilder;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import ru.mentoring.portal.web.typography.TypographyDialect;
import org.thymeleaf.extras.java8time.dialect.Java8TimeDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.PortalUser;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the portal's templates without a server, with the engine built the way micronaut-views
 * builds it (same resolver settings, link builder and context factory) and through its
 * {@link ThymeleafViewsRenderer}, so a page renders here exactly as in production. Every template
 * the engine reads is remembered: {@code EveryTemplateIsRenderedTest} fails for one no test reached.
 */
public final class Templates {

    private static final Set<String> READ = ConcurrentHashMap.newKeySet();
    private static final ThymeleafViewsRenderer<Page<?>> RENDERER = renderer();

    private Templates() {
    }

    public static Rendered render(PageModel page, PortalUser user) {
        return render(Page.of(page, user));
    }

    public static Rendered render(Page<?> page) {
        StringWriter out = new StringWriter();
        try {
            Writable html = RENDERER.render(page.page().view(), page, null);
            html.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(out.toString());
    }

    /** Every template (pages and fragment files) the engine has read so far. */
    public static Set<String> read() {
        return new TreeSet<>(READ);
    }

    private static ThymeleafViewsRenderer<Page<?>> renderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver() {
            @Override
            protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                                String template, String resourceName,
                                                                String characterEncoding,
                                                                Map<String, Object> templateResolutionAttributes) {
                READ.add(template);
                return super.computeTemplateResource(configuration, ownerTemplate, template, resourceName,
                        characterEncoding, templateResolutionAttributes);
            }
        };
        // the defaults of micronaut.views.folder and micronaut.views.thymeleaf.*
        resolver.setPrefix("views/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        TemplateEngine engine = new TemplateEngine();
        engine.setEngineContextFactory(new EngineContextFactory());
        engine.setLinkBuilder(new LinkBuilder(new HttpServerConfiguration()));
        engine.setTemplateResolver(resolver);
        engine.addDialect(new Java8TimeDialect());
        engine.addDialect(new TypographyDialect());
        return new ThymeleafViewsRenderer<>(resolver, engine,
                new DefaultClassPathResourceLoader(Templates.class.getClassLoader()), null);
    }
}
