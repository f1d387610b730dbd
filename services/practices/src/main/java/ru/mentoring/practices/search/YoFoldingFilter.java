package ru.mentoring.practices.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/** «ё» → «е» in every token: readers type «е», the dictionary and careful authors write «ё». */
final class YoFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    YoFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] == 'ё') {
                buffer[i] = 'е';
            } else if (buffer[i] == 'Ё') {
                buffer[i] = 'Е';
            }
        }
        return true;
    }
}
