package ru.mentoring.portal.web.typography;

import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import ru.mentoring.support.text.NestedQuotes;

/**
 * Applies {@link NestedQuotes} to the text of every rendered page, after the templates have run, so a
 * title a service sent and the words a template wraps it in are set right together. What a user typed
 * into a text area goes back exactly as typed.
 */
public final class NestedQuotesHandler extends AbstractTemplateHandler {

    private int inTextArea;

    @Override
    public void handleOpenElement(IOpenElementTag tag) {
        if ("textarea".equalsIgnoreCase(tag.getElementCompleteName())) {
            inTextArea++;
        }
        super.handleOpenElement(tag);
    }

    @Override
    public void handleCloseElement(ICloseElementTag tag) {
        if (inTextArea > 0 && "textarea".equalsIgnoreCase(tag.getElementCompleteName())) {
            inTextArea--;
        }
        super.handleCloseElement(tag);
    }

    @Override
    public void handleText(IText text) {
        if (inTextArea == 0) {
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
