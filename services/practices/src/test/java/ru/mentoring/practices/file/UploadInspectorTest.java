package ru.mentoring.practices.file;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real files through the real Tika: what is accepted, what is refused, and in what words. */
class UploadInspectorTest {

    @TempDir Path dir;

    private final UploadInspector inspector = new UploadInspector(limits());

    @Test
    void aDocxGivesItsRussianText() throws IOException {
        var inspected = inspector.inspect(write("план.docx", docx("Индивидуальный план молодого педагога")), "план.docx");
        assertThat(inspected.kind()).isEqualTo(FileKind.DOCX);
        assertThat(inspected.text()).contains("Индивидуальный план молодого педагога");
    }

    @Test
    void plainTextAndPdfAreRead() throws IOException {
        var text = inspector.inspect(write("a.txt", "Сценарий классного часа".getBytes(StandardCharsets.UTF_8)), "a.txt");
        assertThat(text.text()).isEqualTo("Сценарий классного часа");
    }

    @Test
    void aProgramRenamedAsADocumentIsRefused() throws IOException {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        assertThatThrownBy(() -> inspector.inspect(write("отчёт.pdf", elf), "отчёт.pdf"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("не принимаются: «отчёт.pdf»");
        assertThatThrownBy(() -> inspector.inspect(write("x.docx", docx("текст")), "x.pdf"))
                .hasMessageContaining("не соответствует его содержимому");
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingItAll() throws IOException {
        assertThatThrownBy(() -> inspector.inspect(write("бомба.docx", bomb(64)), "бомба.docx"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("распаковывается в слишком большой объём");
    }

    @Test
    void aBrokenDocumentIsUnreadable() throws IOException {
        byte[] good = docx("текст");
        byte[] broken = java.util.Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> inspector.inspect(write("сломан.docx", broken), "сломан.docx"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("повреждён или не читается");
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static FileLimits limits() {
        FileLimits limits = new FileLimits();
        limits.setMaxUnpackedBytes(16L * 1024 * 1024);
        return limits;
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] bomb(int megabytes) throws IOException {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        }
    }
}
