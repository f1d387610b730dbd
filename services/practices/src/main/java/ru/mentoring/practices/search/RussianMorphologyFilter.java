package ru.mentoring.practices.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Replaces each Russian word by its dictionary forms ({@link WordForms}) — «наставника», «наставником»
 * → «наставник»; «проектной» → «проектный» — stacked at the same position when a form is ambiguous.
 * Non-Cyrillic tokens pass unchanged.
 */
final class RussianMorphologyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final WordForms forms;
    private final Deque<String> pending = new ArrayDeque<>();
    private State saved;

    RussianMorphologyFilter(TokenStream input, WordForms forms) {
        super(input);
        this.forms = forms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(saved);
            term.setEmpty().append(pending.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || !isCyrillic(term)) {
            return true;
        }
        List<String> found = forms.of(term.toString());
        term.setEmpty().append(found.getFirst());
        if (found.size() > 1) {
            pending.addAll(found.subList(1, found.size()));
            saved = captureState();
        }
        return true;
    }

    private static boolean isCyrillic(CharTermAttribute term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.UnicodeBlock.of(term.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        saved = null;
    }
}
