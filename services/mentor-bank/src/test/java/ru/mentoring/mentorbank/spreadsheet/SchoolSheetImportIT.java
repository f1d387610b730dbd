package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankApi;
import ru.mentoring.mentorbank.BankFixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.mentorbank.BankApi.items;

/**
 * A school's mentor base as schools keep it: the target model's columns with the mentee's columns beside
 * them, a merged title, competencies and forms in the school's own words, empty rows, a bad e-mail, a
 * duplicate, a footer, and a second sheet. Every row that names a mentor goes in, after a preview that
 * writes nothing; a phrase nothing matched is mapped once for every mentor who carries it.
 */
@MicronautTest(transactional = false)
class SchoolSheetImportIT {

    private static final List<String> HEADERS = List.of("№ п/п", "ФИО наставника", "Место работы / учёбы наставника",
            "Контактные данные для связи", "Основные компетенции наставника", "Важные для программы достижения наставника",
            "Интересы наставника", "Желаемый возраст наставляемых",
            "Время и ресурс для участия в программе наставничества", "Форма наставничества",
            "ФИО наставляемого (наставляемых)", "Место работы / учёбы наставляемого");
    private static final List<String> PHRASES = List.of("Критериальное и формирующее оценивание",
            "развитие детской одарённости", "Проектная деятельность обучающихся", "подготовка к ОГЭ и ЕГЭ",
            "функциональная (читательская) грамотность", "ИКТ", "Классное руководство", "работа с детьми с ОВЗ");
    private static final List<String> FORMS = List.of("учитель – ученик", "учитель-учитель", "Учитель–ученик",
            "ученик - ученик", "педагог – педагог", "УЧИТЕЛЬ – УЧИТЕЛЬ");

    @Inject @Client("/") HttpClient http;
    BankApi api;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String ownPhrase;
    private String mappedPhrase;

    @BeforeEach
    void setUp() {
        api = new BankApi(http);
        BankFixtures.schoolsExist(http);
        ownPhrase = "школа молодого педагога " + tag;
        mappedPhrase = "оценочная деятельность " + tag;
    }

    @Test
    void previewWritesNothingThenEveryRowNamingAMentorGoesInWithWarningsPerCell() {
        byte[] sheet = schoolBase();

        Map<String, Object> preview = api.upload("/api/mentors/import?dryRun=true&school=1", sheet);

        assertThat(preview.get("dryRun")).isEqualTo(true);
        assertThat(preview.get("imported")).isEqualTo(22);
        assertThat(mentors()).as("a preview writes nothing").isEmpty();

        Map<String, Object> result = api.upload("/api/mentors/import?school=1", sheet);

        assertThat(result.get("dryRun")).isEqualTo(false);
        assertThat(result.get("imported")).isEqualTo(22);
        assertThat(result.get("skippedEmptyRows")).isEqualTo(2);
        List<Map<String, Object>> rejected = list(result, "rejected");
        assertThat(rejected).extracting(r -> r.get("reason")).anySatisfy(r -> assertThat((String) r).contains("Дубликат"))
                .anySatisfy(r -> assertThat((String) r).contains("не ФИО"));
        assertThat(rejected).hasSize(2);

        List<Map<String, Object>> mentors = mentors();
        assertThat(mentors).hasSize(22);
        assertThat(mentors).allSatisfy(m -> {
            assertThat(BankApi.strings(m.get("forms"))).isNotEmpty();
            assertThat(m.get("homeSchoolId")).isEqualTo("1");
        });
        assertThat(mentors).flatExtracting(m -> BankApi.strings(m.get("forms"))).containsOnly("TEACHER_PUPIL", "TEACHER_TEACHER",
                "PUPIL_PUPIL", "STUDENT_PUPIL");
        assertThat(mentors).flatExtracting(m -> BankApi.strings(m.get("strengths"))).contains("формирующее оценивание",
                "работа с одарёнными детьми", "проектная деятельность", "подготовка к ГИА", "функциональная грамотность",
                "цифровые образовательные технологии", "классное руководство", "работа с детьми с ОВЗ");
        assertThat(mentors).filteredOn(m -> BankApi.strings(m.get("ownStrengths")).contains(ownPhrase)).hasSize(10);

        Map<String, Object> badMail = row(result, "Борисова Вера " + tag);
        assertThat(badMail.get("status")).isEqualTo("IMPORT");
        assertThat(list(badMail, "warnings")).singleElement().satisfies(w -> {
            assertThat(w.get("column")).isEqualTo("Контактные данные для связи");
            assertThat(w.get("cell")).isEqualTo("D6");
            assertThat((String) w.get("message")).contains("vera.borisova@").contains("не адрес электронной почты");
        });
        Map<String, Object> namesake = list(result, "rows").stream()
                .filter(r -> ("Алексеева Анна " + tag).equals(r.get("fullName")) && "IMPORT".equals(r.get("status"))
                        && !list(r, "warnings").isEmpty()).findFirst().orElseThrow();
        assertThat(list(namesake, "warnings")).singleElement()
                .satisfies(w -> assertThat((String) w.get("message")).contains("уже есть наставник с таким ФИО"));
        assertThat(list(result, "ownStrengths")).anySatisfy(p -> assertThat(p.get("phrase")).isEqualTo(ownPhrase));
    }

    @Test
    void mappingAPhraseUpdatesEveryMentorWhoCarriesItAndLaterSheetsMatchIt() {
        api.upload("/api/mentors/import?school=2", schoolBase());
        Map<String, Object> listed = items(api.get("methodist", "/api/own-strengths")).stream()
                .filter(p -> mappedPhrase.equals(p.get("phrase"))).findFirst().orElseThrow();
        assertThat(listed.get("mentorCount")).isEqualTo(11);

        Map<String, Object> outcome = api.post("methodist", "/api/own-strengths/map",
                Map.of("phrase", mappedPhrase, "competencyCode", "formative_assessment"));

        assertThat(outcome.get("mentorsUpdated")).isEqualTo(11);
        List<Map<String, Object>> carriers = mentors().stream()
                .filter(m -> BankApi.strings(m.get("ownStrengths")).contains(mappedPhrase)).toList();
        assertThat(carriers).isEmpty();
        assertThat(mentors()).filteredOn(m -> BankApi.strings(m.get("strengths")).contains("формирующее оценивание"))
                .hasSizeGreaterThanOrEqualTo(11);
        assertThat(items(api.get("methodist", "/api/own-strengths"))).noneMatch(p -> mappedPhrase.equals(p.get("phrase")));

        Map<String, Object> later = api.upload("/api/mentors/import?dryRun=true",
                workbook(List.of(row(1, "Новикова Нина " + tag + "-2", "", "", "Оценочная  деятельность " + tag, ""))));
        assertThat(list(list(later, "rows").getFirst(), "strengths")).singleElement().satisfies(s -> {
            assertThat(s.get("competencies")).isEqualTo(List.of("формирующее оценивание"));
            assertThat(s.get("how")).isEqualTo("синоним из справочника");
        });
    }

    @Test
    void aPhraseAddedToTheCatalogueBecomesACompetencyOfEveryMentorWhoCarriesIt() {
        api.upload("/api/mentors/import?school=3", schoolBase());

        Map<String, Object> outcome = api.post("methodist", "/api/own-strengths/add-to-catalogue",
                Map.of("phrase", ownPhrase, "title", "Сопровождение молодых педагогов " + tag));

        assertThat(outcome.get("mentorsUpdated")).isEqualTo(10);
        assertThat(items(api.get("curator1", "/api/competencies"))).extracting(c -> c.get("title"))
                .contains("Сопровождение молодых педагогов " + tag);
        assertThat(mentors()).filteredOn(m -> BankApi.strings(m.get("strengths")).contains("Сопровождение молодых педагогов " + tag))
                .hasSize(10);
    }

    /**
     * 20 mentors of the school (one with a bad e-mail, one sharing a name with another), a duplicate, two
     * empty rows and a footer on the first sheet; two students on the second.
     */
    private byte[] schoolBase() {
        List<List<String>> rows = new ArrayList<>();
        String[] surnames = {"Алексеева Анна", "Борисова Вера", "Васильев Глеб", "Григорьева Дарья", "Дмитриев Егор",
                "Егорова Жанна", "Жуков Захар", "Зайцева Инна", "Ильин Кирилл", "Киселёва Лидия", "Лебедев Марк",
                "Морозова Нина", "Николаев Олег", "Орлова Полина", "Павлов Роман", "Романова Софья", "Семёнов Тимур",
                "Тихонова Ульяна", "Фёдоров Филипп", "Алексеева Анна"};
        for (int i = 0; i < surnames.length; i++) {
            String own = i % 2 == 0 ? ownPhrase : mappedPhrase;
            String strengths = PHRASES.get(i % PHRASES.size()) + ";\n" + own + (i == 4 ? "; " + ownPhrase + ", " + mappedPhrase : "");
            String contacts = i == 1 ? "+7 (3822) 55-12-34, vera.borisova@" : "+7 (3822) 55-12-" + (10 + i) + ", m" + i + "-" + tag + "@school.example";
            rows.add(row(i + 1, surnames[i] + " " + tag, "МАОУ СОШ № 1", contacts, strengths, FORMS.get(i % FORMS.size())));
            if (i == 6 || i == 12) {
                rows.add(List.of());
            }
        }
        rows.add(row(21, "Григорьева Дарья " + tag, "МАОУ СОШ № 1", "m3-" + tag + "@school.example",
                PHRASES.getFirst(), "учитель – ученик"));
        rows.add(row(0, "Куратор программы: ____________ Смирнова И. А.", "", "", "", ""));
        return workbook(rows);
    }

    private static List<String> row(int number, String name, String place, String contacts, String strengths, String form) {
        return List.of(number == 0 ? "" : String.valueOf(number), name, place, contacts, strengths,
                "победитель конкурса «Педагог года»", "шахматы", "5–9 классы", "2 часа в неделю", form,
                "Петров Пётр", "7 «Б» класс");
    }

    /** Rows 1–2: the title merged across the table; row 4: the headers; the rows from row 5 on. */
    private byte[] workbook(List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("База наставников");
            sheet.createRow(0).createCell(0).setCellValue("База наставников МАОУ «СОШ № 1»");
            sheet.createRow(1).createCell(0).setCellValue("на 2026/2027 учебный год");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
            write(sheet, 3, HEADERS);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet, 4 + r, rows.get(r));
            }
            Sheet students = workbook.createSheet("Студенты");
            write(students, 0, List.of("Ф.И.О.", "Категория", "Компетенции", "Форма наставничества"));
            write(students, 1, List.of("Яковлев Ян " + tag, "студент", "олимпиадная подготовка", "студент – ученик"));
            write(students, 2, List.of("Щербакова Юлия " + tag, "Студент вуза", "профориентация", "студент - ученик"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }

    private List<Map<String, Object>> mentors() {
        return items(api.get("methodist", "/api/mentors?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> row(Map<String, Object> result, String fullName) {
        return list(result, "rows").stream().filter(r -> fullName.equals(r.get("fullName"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }
}
