package ru.mentoring.school.mentee;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The school's request map: categories of what mentees ask for. A school starts from the default list
 * the first time it opens it, then adds, renames and retires its own.
 */
@Singleton
public class RequestCategories {

    private static final List<String[]> DEFAULTS = List.of(
            new String[] {"adaptation", "Адаптация в коллективе и профессии"},
            new String[] {"methods", "Методическая помощь в подготовке и проведении уроков"},
            new String[] {"assessment", "Оценивание и работа с результатами обучения"},
            new String[] {"class_management", "Дисциплина и работа с классом"},
            new String[] {"exam", "Подготовка к ГИА"},
            new String[] {"results", "Повышение успеваемости"},
            new String[] {"gifted", "Развитие способностей и одарённости"},
            new String[] {"projects", "Проектная и исследовательская деятельность"},
            new String[] {"career", "Профориентация"},
            new String[] {"digital", "Цифровые инструменты и дистанционное обучение"},
            new String[] {"support", "Психолого-педагогическая поддержка"},
            new String[] {"school_life", "Включение в школьную жизнь"});

    private final RequestCategoryRepository categories;

    RequestCategories(RequestCategoryRepository categories) {
        this.categories = categories;
    }

    @Transactional
    public List<RequestCategory> of(String schoolId) {
        List<RequestCategory> list = categories.findByKeySchoolIdOrderByTitle(schoolId);
        if (list.isEmpty()) {
            for (String[] category : DEFAULTS) {
                categories.save(new RequestCategory(new RequestCategory.Key(schoolId, category[0]), category[1], true));
            }
            list = categories.findByKeySchoolIdOrderByTitle(schoolId);
        }
        return list;
    }

    /** The category by its code or its title, whatever the case. */
    @Transactional
    public Optional<RequestCategory> find(String schoolId, String codeOrTitle) {
        String wanted = codeOrTitle.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return of(schoolId).stream()
                .filter(c -> c.key().code().equals(codeOrTitle.strip())
                        || c.title().toLowerCase(Locale.ROOT).replace('ё', 'е').equals(wanted))
                .findFirst();
    }

    /** The title a page or a sheet shows for a stored code. */
    @Transactional
    public String title(String schoolId, String code) {
        return of(schoolId).stream().filter(c -> c.key().code().equals(code)).map(RequestCategory::title).findFirst()
                .orElse(code);
    }

    /** Renames or retires a category of the school; a retired one stays on the mentees who have it. */
    @Transactional
    public RequestCategory change(String schoolId, String code, String title, boolean active) {
        of(schoolId);
        var key = new RequestCategory.Key(schoolId, code);
        if (!categories.existsById(key)) {
            throw BusinessRuleException.notFound("Категория запроса не найдена");
        }
        find(schoolId, title).filter(other -> !other.key().code().equals(code)).ifPresent(other -> {
            throw BusinessRuleException.conflict("Категория «" + title.strip() + "» уже есть");
        });
        return categories.update(new RequestCategory(key, title.strip(), active));
    }

    @Transactional
    public RequestCategory save(String schoolId, String code, String title, boolean active) {
        of(schoolId);
        var key = new RequestCategory.Key(schoolId, code);
        if (categories.existsById(key)) {
            return categories.update(new RequestCategory(key, title.strip(), active));
        }
        if (find(schoolId, title).isPresent()) {
            throw BusinessRuleException.conflict("Категория «" + title.strip() + "» уже есть");
        }
        return categories.save(new RequestCategory(key, title.strip(), active));
    }
}
