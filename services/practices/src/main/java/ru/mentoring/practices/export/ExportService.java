package ru.mentoring.practices.export;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.file.FileService;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.practice.PracticeService;
import ru.mentoring.practices.practice.PracticeView;
import ru.mentoring.practices.practice.PublishedPractice;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A practice as PDF (the version the caller reads), and a printable collection of published practices
 * (сборник практик) for a seminar, as PDF or DOCX. School names come with the request: the library keeps
 * school ids only, the portal knows the names from the mentor bank's catalogue.
 */
@Singleton
class ExportService {

    static final int MAX_PRACTICES = 50;

    private final PracticeService practices;
    private final FileService files;
    private final PdfExport pdf;
    private final DocxExport docx;
    private final Clock clock;

    ExportService(PracticeService practices, FileService files, PdfExport pdf, DocxExport docx, Clock clock) {
        this.practices = practices;
        this.files = files;
        this.pdf = pdf;
        this.docx = docx;
        this.clock = clock;
    }

    record Export(String fileName, String contentType, byte[] content) {
    }

    Export practicePdf(UUID id, @Nullable Integer version, @Nullable String schoolName, Actor actor) {
        PracticeView view = practices.view(id, version, actor);
        var ref = practices.readable(id, view.version(), actor);
        List<String> fileNames = files.of(ref.versionId()).stream().map(FileService.FileInfo::name).toList();
        Map<String, String> schools = schoolName == null || schoolName.isBlank() ? Map.of() : Map.of(view.schoolId(), schoolName.strip());
        byte[] content = pdf.practice(ExportLayout.of(view, fileNames, schools));
        return new Export("практика-" + view.version() + ".pdf", "application/pdf", content);
    }

    Export collection(CollectionRequest request, Actor actor) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(request.practiceIds() == null ? List.of() : request.practiceIds()));
        List<String> problems = new ArrayList<>();
        if (ids.isEmpty()) {
            problems.add("Выберите практики для сборника");
        }
        if (ids.size() > MAX_PRACTICES) {
            problems.add("В сборник входит не больше " + MAX_PRACTICES + " практик");
        }
        String format = request.format() == null ? "pdf" : request.format().strip().toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("pdf") && !format.equals("docx")) {
            problems.add("Формат сборника: pdf или docx");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        Map<UUID, PublishedPractice> published = practices.publishedText(ids).stream()
                .collect(Collectors.toMap(PublishedPractice::id, Function.identity()));
        long missing = ids.stream().filter(id -> !published.containsKey(id)).count();
        if (missing > 0) {
            throw new BusinessRuleException("В сборник входят только опубликованные практики: " + missing
                    + " из выбранных не опубликованы или не найдены");
        }
        Map<String, String> schools = request.schools() == null ? Map.of() : request.schools();
        List<ExportedPractice> laid = ids.stream().map(published::get)
                .map(p -> ExportLayout.of(p, files.of(p.versionId()).stream().map(FileService.FileInfo::name).toList(), schools))
                .toList();
        String title = request.title() == null || request.title().isBlank() ? "Сборник практик наставничества" : request.title().strip();
        String subtitle = "Банк эффективных наставнических практик · " + ids.size() + " " + practicesWord(ids.size()) + " · "
                + ExportLayout.date(Times.now(clock));
        return format.equals("docx")
                ? new Export("сборник.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx.collection(title, subtitle, laid))
                : new Export("сборник.pdf", "application/pdf", pdf.collection(title, subtitle, laid));
    }

    static String practicesWord(int n) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return "практик";
        }
        return mod10 == 1 ? "практика" : mod10 >= 2 && mod10 <= 4 ? "практики" : "практик";
    }
}
