package ru.mentoring.practices.search;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.tartarus.snowball.ext.RussianStemmer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dictionary forms of a Russian word: Hunspell's roots («наставника» → «наставник»), or the Snowball
 * stem for a word the dictionary does not know. Shared by every analysis (requests run on short-lived
 * virtual threads, so per-thread state would be rebuilt for every request): results are remembered
 * process-wide, and the few Hunspell instances (not thread-safe) are lent out one word at a time.
 */
final class WordForms {

    private static final int MEMORY = 200_000;
    private static final int INSTANCES = 4;

    private final Dictionary dictionary;
    private final Map<String, List<String>> memory = new ConcurrentHashMap<>();
    private final BlockingQueue<Hunspell> idle = new ArrayBlockingQueue<>(INSTANCES);
    private final BlockingQueue<RussianStemmer> stemmers = new ArrayBlockingQueue<>(INSTANCES);

    WordForms(Dictionary dictionary) {
        this.dictionary = dictionary;
        for (int i = 0; i < INSTANCES; i++) {
            if (dictionary != null) {
                idle.add(new Hunspell(dictionary));
            }
            stemmers.add(new RussianStemmer());
        }
    }

    List<String> of(String word) {
        List<String> known = memory.get(word);
        if (known != null) {
            return known;
        }
        Set<String> forms = new LinkedHashSet<>();
        if (dictionary != null) {
            Hunspell hunspell = take(idle);
            try {
                for (String root : hunspell.getRoots(word)) {
                    forms.add(Normalizer.fold(root));
                }
            } finally {
                idle.add(hunspell);
            }
        }
        if (forms.isEmpty()) {
            RussianStemmer stemmer = take(stemmers);
            try {
                stemmer.setCurrent(word);
                stemmer.stem();
                forms.add(stemmer.getCurrent());
            } finally {
                stemmers.add(stemmer);
            }
        }
        List<String> result = List.copyOf(new ArrayList<>(forms));
        if (memory.size() >= MEMORY) {
            memory.clear();
        }
        memory.put(word, result);
        return result;
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
