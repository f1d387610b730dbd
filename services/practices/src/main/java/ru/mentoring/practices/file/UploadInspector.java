package ru.mentoring.practices.file;

import jakarta.inject.Singleton;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Decides whether a received file may join a practice, before anything is stored: its real type (from
 * the bytes, not the name), for zipped documents the size it unpacks to (a zip bomb is refused without
 * being unpacked beyond the limit), and whether its text can be read at all. The text is what search
 * finds inside attachments. Every refusal is a Russian sentence naming the file.
 */
@Singleton
class UploadInspector {

    private static final Logger LOG = LoggerFactory.getLogger(UploadInspector.class);

    private final FileLimits limits;
    private final Detector detector;
    private final AutoDetectParser parser;

    UploadInspector(FileLimits limits) {
        this.limits = limits;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
    }

    record Inspected(FileKind kind, String text) {
    }

    Inspected inspect(Path file, String fileName) {
        FileKind kind = kindOf(file, fileName);
        if (kind.zipped()) {
            checkUnpackedSize(file, fileName);
        }
        return new Inspected(kind, kind.hasText() ? text(file, fileName) : "");
    }

    private FileKind kindOf(Path file, String fileName) {
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            detected = detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw unreadable(fileName);
        }
        FileKind kind = FileKind.ofMediaType(detected).orElseThrow(() -> new BusinessRuleException(
                "Файлы такого типа не принимаются: «" + fileName + "». Можно прикрепить " + FileKind.ACCEPTED));
        if (!kind.fits(fileName)) {
            throw new BusinessRuleException("Расширение файла «" + fileName + "» не соответствует его содержимому ("
                    + kind.name() + "). Переименуйте файл или сохраните его в нужном формате");
        }
        return kind;
    }

    /** Unpacks entry by entry, counting real bytes (declared sizes can lie), and stops at the first excess. */
    private void checkUnpackedSize(Path file, String fileName) {
        long compressedSize = size(file);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.getMaxEntries()) {
                    throw bomb(fileName);
                }
                long entrySize = 0;
                int read;
                while ((read = zip.read(buffer)) != -1) {
                    entrySize += read;
                    total += read;
                    if (total > limits.getMaxUnpackedBytes()
                            || entrySize > 1024 * 1024 && entrySize > (long) limits.getMaxInflateRatio() * Math.max(compressedSize, 1)) {
                        throw bomb(fileName);
                    }
                }
                if (entry.getCompressedSize() > 0 && entrySize > 1024 * 1024
                        && entrySize / entry.getCompressedSize() > limits.getMaxInflateRatio()) {
                    throw bomb(fileName);
                }
            }
        } catch (ZipException e) {
            throw unreadable(fileName);
        } catch (IOException e) {
            throw unreadable(fileName);
        }
        if (entries == 0) {
            throw unreadable(fileName);
        }
    }

    private String text(Path file, String fileName) {
        BodyContentHandler handler = new BodyContentHandler(limits.getMaxTextChars());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new BusinessRuleException("Файл «" + fileName + "» защищён паролем: прикрепите его без пароля");
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                LOG.info("refused {}: {}", fileName, e.toString());
                throw unreadable(fileName);
            }
        }
        return handler.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private BusinessRuleException bomb(String fileName) {
        return new BusinessRuleException("Файл «" + fileName + "» распаковывается в слишком большой объём (больше "
                + limits.getMaxUnpackedBytes() / (1024 * 1024) + " МБ или сжат более чем в " + limits.getMaxInflateRatio()
                + " раз): такой файл не принимается");
    }

    private static BusinessRuleException unreadable(String fileName) {
        return new BusinessRuleException("Файл «" + fileName + "» повреждён или не читается: откройте его, "
                + "сохраните заново и прикрепите ещё раз");
    }
}
