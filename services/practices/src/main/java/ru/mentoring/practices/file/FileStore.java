package ru.mentoring.practices.file;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of attached files, on disk under {@code practices.files.dir}, named by their SHA-256
 * ({@code ab/abcdef…}): the same document attached twice, or carried into a new version, is stored
 * once, and a stored file can always be checked against its name. An upload lands in {@code incoming/}
 * first and moves into place only once it passed every check; a refused one is deleted.
 */
@Singleton
class FileStore {

    private final Path root;
    private final Path incoming;

    FileStore(FileLimits limits) {
        this.root = Path.of(limits.getDir()).toAbsolutePath();
        this.incoming = root.resolve("incoming");
    }

    /** A received upload that is not in the store yet. */
    record Received(Path path, long size, String sha256) {
    }

    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Copies the upload aside while hashing it; stops reading as soon as it passes {@code maxBytes}. */
    Received receive(InputStream in, long maxBytes) {
        try {
            Files.createDirectories(incoming);
            Path temp = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    out.write(buffer, 0, read);
                }
            } catch (TooLarge | IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** Moves an accepted upload into place (or drops it when the same bytes are already stored). */
    void keep(Received received) {
        try {
            Path target = pathOf(received.sha256());
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.deleteIfExists(received.path());
                return;
            }
            try {
                Files.move(received.path(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(received.path(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    void discard(Received received) {
        try {
            Files.deleteIfExists(received.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    boolean has(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException unavailable(IOException e) {
        org.slf4j.LoggerFactory.getLogger(FileStore.class).error("file store failed", e);
        return new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE,
                "Хранилище файлов временно недоступно. Повторите попытку позже.");
    }
}
