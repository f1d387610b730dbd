package ru.mentoring.portal.web.typography;

import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import ru.mentoring.support.text.NestedQuotes;

import java.util.Locale;
import java.util.Set;

/**
 * Applies {@link NestedQuotes} to the text of every rendered page, after the templates have run, so a
 * title a service sent and the words a template wraps it in are set right together. What a user typed
 * into a text area goes back exactly as typed; scripts and styles are not text. Thymeleaf makes one
 * handler per rendering, so the count of open elements is never shared.
 */
public final class NestedQuotesHandler extends AbstractTemplateHandler {

    private static final Set<String> NOT_TEXT = Set.of("textarea", "script", "style");

    private int inside;

    @Override
    public void handleOpenElement(IOpenElementTag tag) {
        if (NOT_TEXT.contains(tag.getElementCompleteName().toLowerCase(Locale.ROOT))) {
            inside++;
        }
        super.handleOpenElement(tag);
    }

    @Override
    public void handleCloseElement(ICloseElementTag tag) {
        if (inside > 0 && NOT_TEXT.contains(tag.getElementCompleteName().toLowerCase(Locale.ROOT))) {
            inside--;
        }
        super.handleCloseElement(tag);
    }

    @Override
    public void handleText(IText text) {
        if (inside == 0) {
            String content = text.getText();
            String set = NestedQuotes.of(content);
            if (!set.equals(content)) {
                super.handleText(getContext().getModelFactory().createText(set));
                return;
            }
        }
        super.handleText(text);
    }
}
