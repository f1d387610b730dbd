package ru.mentoring.portal.plan;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.backend.school.SchoolClient;

import java.util.List;

/**
 * Published practices of the library a plan task may draw on, found by the words the user typed. The school
 * service answers from its own copy of the library's publications — the very list it checks a linked
 * practice against — so the search going wrong costs only the list: the task is still saved.
 */
@Singleton
class PracticeSearch {

    static final int SHOWN = 10;

    private final SchoolClient school;

    PracticeSearch(SchoolClient school) {
        this.school = school;
    }

    Found find(@Nullable String words) {
        if (words == null || words.isBlank()) {
            return new Found(List.of(), null);
        }
        try {
            List<Plans.LibraryPractice> hits = school.libraryPractices(words.strip(), null).list().stream()
                    .limit(SHOWN).toList();
            return new Found(hits, hits.isEmpty() ? "Среди опубликованных практик ничего не нашлось по запросу «"
                    + words.strip() + "»." : "Найдено практик: " + hits.size()
                    + ". Выберите одну в списке «Практика из банка».");
        } catch (BackendException.Unauthorized expired) {
            throw expired;
        } catch (BackendException failure) {
            return new Found(List.of(), "Поиск практик сейчас недоступен: задачу можно сохранить без практики.");
        }
    }

    record Found(List<Plans.LibraryPractice> hits, @Nullable String note) {
    }
}
