package ru.mentoring.practices.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces each Russian word by its dictionary forms (lemmas) from Hunspell — «наставника», «наставником»
 * → «наставник»; «проектной» → «проектный» — stacked at the same position when a form is ambiguous.
 * A word the dictionary does not know (a surname, a new term, a typo) is cut by the Snowball Russian
 * stemmer instead, so it still meets its other forms. Non-Cyrillic tokens pass unchanged. Results are
 * cached per filter, since word frequencies are steep and Hunspell affix stripping is the costly part.
 */
final class RussianMorphologyFilter extends TokenFilter {

    private static final int CACHE_LIMIT = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Hunspell hunspell;
    private final RussianStemmer snowball = new RussianStemmer();
    private final Map<String, List<String>> cache = new HashMap<>();
    private final Deque<String> pending = new ArrayDeque<>();
    private State saved;

    RussianMorphologyFilter(TokenStream input, Dictionary dictionary) {
        super(input);
        this.hunspell = dictionary == null ? null : new Hunspell(dictionary);
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
        List<String> forms = formsOf(term.toString());
        term.setEmpty().append(forms.getFirst());
        if (forms.size() > 1) {
            pending.addAll(forms.subList(1, forms.size()));
            saved = captureState();
        }
        return true;
    }

    private List<String> formsOf(String word) {
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> forms = new LinkedHashSet<>();
        if (hunspell != null) {
            for (String root : hunspell.getRoots(word)) {
                forms.add(Normalizer.fold(root));
            }
        }
        if (forms.isEmpty()) {
            snowball.setCurrent(word);
            snowball.stem();
            forms.add(snowball.getCurrent());
        }
        List<String> result = new ArrayList<>(forms);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, result);
        return result;
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
