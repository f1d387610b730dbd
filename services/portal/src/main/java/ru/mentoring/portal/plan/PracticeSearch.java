package ru.mentoring.portal.plan;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;

import java.util.List;

/**
 * Practices of the library a plan task may draw on, found by the words the user typed. The library being
 * away costs only the list: the task is still saved without a new link.
 */
@Singleton
class PracticeSearch {

    static final int SHOWN = 10;

    private final PracticesClient library;

    PracticeSearch(PracticesClient library) {
        this.library = library;
    }

    Found find(@Nullable String words) {
        if (words == null || words.isBlank()) {
            return new Found(List.of(), null);
        }
        try {
            List<Practices.Hit> hits = library.search(words.strip(), null, null, null, null, null, null, null, null)
                    .hits().stream().limit(SHOWN).toList();
            return new Found(hits, hits.isEmpty() ? "В банке практик ничего не нашлось по запросу «" + words.strip() + "»."
                    : "Найдено практик: " + hits.size() + ". Выберите одну в списке «Практика из банка».");
        } catch (BackendException.Unauthorized expired) {
            throw expired;
        } catch (BackendException failure) {
            return new Found(List.of(), "Банк практик сейчас недоступен: задачу можно сохранить без практики.");
        }
    }

    record Found(List<Practices.Hit> hits, @Nullable String note) {
    }
}
