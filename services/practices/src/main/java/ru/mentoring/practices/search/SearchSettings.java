package ru.mentoring.practices.search;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/** {@code practices.search.*}: where the index lives and where the Russian Hunspell dictionary is looked for. */
@ConfigurationProperties("practices.search")
public class SearchSettings {

    /** The index is a read model: deleting this folder only costs a rebuild from the database. */
    private String indexDir = ".local/index/practices";
    /** Folders searched in order for {@code ru_RU.aff} and {@code ru_RU.dic} (Debian package hunspell-ru). */
    private List<String> hunspellDirs = List.of("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell");
    /** How often each replica looks at the change feed for changes made by other replicas. */
    private Duration pollInterval = Duration.ofSeconds(1);
    /** How long a change waits, after its commit, for the index to show it before the API answers. */
    private Duration visibleWithin = Duration.ofSeconds(3);

    public String getIndexDir() {
        return indexDir;
    }

    public void setIndexDir(String indexDir) {
        this.indexDir = indexDir;
    }

    public List<String> getHunspellDirs() {
        return hunspellDirs;
    }

    public void setHunspellDirs(List<String> hunspellDirs) {
        this.hunspellDirs = hunspellDirs;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getVisibleWithin() {
        return visibleWithin;
    }

    public void setVisibleWithin(Duration visibleWithin) {
        this.visibleWithin = visibleWithin;
    }
}
