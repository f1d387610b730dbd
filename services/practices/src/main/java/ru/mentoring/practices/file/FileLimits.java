package ru.mentoring.practices.file;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Limits on attached files ({@code practices.files.*}). The server's own request limit is set above
 * {@code max-bytes}, so an oversized file is refused here, with a Russian message naming the limit.
 */
@ConfigurationProperties("practices.files")
public class FileLimits {

    /** Where the file store keeps the bytes (one file per SHA-256, outside the database). */
    private String dir = ".local/files/practices";
    private long maxBytes = 20L * 1024 * 1024;
    private int maxPerVersion = 10;
    /** What the parts of an Office or OpenDocument file may unpack to, in total. */
    private long maxUnpackedBytes = 200L * 1024 * 1024;
    /** An entry that inflates more than this many times over is a zip bomb, not a document. */
    private int maxInflateRatio = 100;
    private int maxEntries = 5000;
    /** How much extracted text one file contributes to search. */
    private int maxTextChars = 500_000;

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int getMaxPerVersion() {
        return maxPerVersion;
    }

    public void setMaxPerVersion(int maxPerVersion) {
        this.maxPerVersion = maxPerVersion;
    }

    public long getMaxUnpackedBytes() {
        return maxUnpackedBytes;
    }

    public void setMaxUnpackedBytes(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    public int getMaxInflateRatio() {
        return maxInflateRatio;
    }

    public void setMaxInflateRatio(int maxInflateRatio) {
        this.maxInflateRatio = maxInflateRatio;
    }

    public int getMaxEntries() {
        return maxEntries;
    }

    public void setMaxEntries(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public int getMaxTextChars() {
        return maxTextChars;
    }

    public void setMaxTextChars(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    String megabytes() {
        return (maxBytes / (1024 * 1024)) + " МБ";
    }
}
