package ru.mentoring.practices.file;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.practice.PracticeService;
import ru.mentoring.practices.practice.VersionRef;
import ru.mentoring.practices.practice.VersionStarted;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attaching, listing and handing out a practice's files. An upload is received and inspected outside any
 * transaction; only a file that passed every check is moved into the store and recorded, so a refused
 * file leaves neither bytes nor a row behind and the practice is unchanged.
 */
@Singleton
public class FileService {

    private final PracticeService practices;
    private final PracticeFileRepository files;
    private final FileQueries queries;
    private final FileStore store;
    private final UploadInspector inspector;
    private final FileLimits limits;
    private final Transactions tx;
    private final Clock clock;

    FileService(PracticeService practices, PracticeFileRepository files, FileQueries queries, FileStore store,
                UploadInspector inspector, FileLimits limits, Transactions tx, Clock clock) {
        this.practices = practices;
        this.files = files;
        this.queries = queries;
        this.store = store;
        this.inspector = inspector;
        this.limits = limits;
        this.tx = tx;
        this.clock = clock;
    }

    @Serdeable
    public record FileInfo(UUID id, String name, String contentType, long size, String sha256) {
        static FileInfo of(PracticeFile f) {
            return new FileInfo(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.sha256());
        }
    }

    /** The bytes and how to name them, for a download. */
    public record Download(String name, String contentType, long size, InputStream content) {
    }

    public FileInfo attach(UUID practiceId, @Nullable String fileName, InputStream content, Actor actor) {
        VersionRef open = practices.openForFiles(practiceId, actor);
        String name = cleanName(fileName);
        requireRoom(open);
        FileStore.Received received;
        try {
            received = store.receive(content, limits.getMaxBytes());
        } catch (FileStore.TooLarge e) {
            throw new BusinessRuleException("Файл «" + name + "» больше " + limits.megabytes() + ": уменьшите его "
                    + "или разделите на части");
        }
        try {
            if (received.size() == 0) {
                throw new BusinessRuleException("Файл «" + name + "» пустой");
            }
            UploadInspector.Inspected inspected = inspector.inspect(received.path(), name);
            return tx.write(() -> record(practiceId, name, received, inspected, actor));
        } catch (RuntimeException e) {
            store.discard(received);
            throw e;
        }
    }

    /** Runs in the recording transaction: the version is checked again, since the upload took a while. */
    private FileInfo record(UUID practiceId, String name, FileStore.Received received, UploadInspector.Inspected inspected,
                            Actor actor) {
        VersionRef open = practices.openForFiles(practiceId, actor);
        requireRoom(open);
        store.keep(received);
        PracticeFile file = files.save(new PracticeFile(UUID.randomUUID(), practiceId, open.versionId(), open.schoolId(),
                name, inspected.kind().mediaType(), received.size(), received.sha256(), inspected.text(),
                actor.subject(), Times.now(clock)));
        return FileInfo.of(file);
    }

    @Transactional
    public void remove(UUID practiceId, UUID fileId, Actor actor) {
        VersionRef open = practices.openForFiles(practiceId, actor);
        PracticeFile file = files.findByIdAndPracticeId(fileId, practiceId)
                .filter(f -> f.versionId().equals(open.versionId()))
                .orElseThrow(() -> BusinessRuleException.notFound("Файл не найден"));
        files.deleteById(file.id());
    }

    @Transactional(readOnly = true)
    public List<FileInfo> of(UUID versionId) {
        return files.findByVersionIdOrderByUploadedAt(versionId).stream().map(FileInfo::of).toList();
    }

    /** A file of any version the caller may read. */
    @Transactional(readOnly = true)
    public Download download(UUID practiceId, UUID fileId, Actor actor) {
        PracticeFile file = files.findByIdAndPracticeId(fileId, practiceId)
                .orElseThrow(() -> BusinessRuleException.notFound("Файл не найден"));
        practices.readableVersion(practiceId, file.versionId(), actor);
        return new Download(file.fileName(), file.contentType(), file.sizeBytes(), store.open(file.sha256()));
    }

    /** The extracted text of each version's files, for search. */
    public Map<UUID, String> textsOf(Collection<UUID> versionIds) {
        return queries.textsOf(versionIds);
    }

    /** A new version starts with the files of the version it copies; the bytes are shared, not copied. */
    @EventListener
    void on(VersionStarted started) {
        for (PracticeFile f : files.findByVersionIdOrderByUploadedAt(started.fromVersionId())) {
            files.save(new PracticeFile(UUID.randomUUID(), f.practiceId(), started.toVersionId(), f.schoolId(),
                    f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(), f.extractedText(), f.uploadedBy(),
                    f.uploadedAt()));
        }
    }

    private void requireRoom(VersionRef open) {
        if (files.countByVersionId(open.versionId()) >= limits.getMaxPerVersion()) {
            throw new BusinessRuleException("К практике можно прикрепить не больше " + limits.getMaxPerVersion()
                    + " файлов: удалите ненужные");
        }
    }

    /** Only the last segment of what the browser sent, without control characters, at most 200 characters. */
    static String cleanName(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new BusinessRuleException("Выберите файл");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new BusinessRuleException("У файла нет имени");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
