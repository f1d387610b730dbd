package ru.mentoring.practices.search;

import jakarta.inject.Singleton;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Russian Hunspell dictionary from the OS packages (hunspell-ru), loaded once. Without it search still
 * works, with the Snowball stemmer alone: the log and {@code /health} say so plainly, because then
 * «наставники» and «наставника» still meet, but irregular forms may not.
 */
@Singleton
class RussianDictionary {

    private static final Logger LOG = LoggerFactory.getLogger(RussianDictionary.class);

    private final Dictionary dictionary;
    private final String source;

    RussianDictionary(SearchSettings settings) {
        Dictionary loaded = null;
        String from = null;
        for (String dir : settings.getHunspellDirs()) {
            Path aff = Path.of(dir, "ru_RU.aff");
            Path dic = Path.of(dir, "ru_RU.dic");
            if (Files.isReadable(aff) && Files.isReadable(dic)) {
                try (InputStream affix = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic)) {
                    loaded = new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, words);
                    from = dic.toString();
                    break;
                } catch (Exception e) {
                    LOG.warn("Hunspell dictionary at {} could not be read: {}", dir, e.toString());
                }
            }
        }
        this.dictionary = loaded;
        this.source = from;
        if (loaded == null) {
            LOG.warn("Russian Hunspell dictionary (ru_RU.aff/.dic) not found in {}: search falls back to the Snowball "
                    + "stemmer only. Install the Debian package hunspell-ru (deploy/local/infra.sh does).",
                    settings.getHunspellDirs());
        } else {
            LOG.info("Russian morphology from Hunspell dictionary {}", from);
        }
    }

    Optional<Dictionary> dictionary() {
        return Optional.ofNullable(dictionary);
    }

    /** What the health endpoint reports: the dictionary file, or that only the stemmer is at work. */
    String describe() {
        return source != null ? "hunspell " + source : "snowball only (hunspell-ru not installed)";
    }
}
