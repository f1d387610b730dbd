package ru.mentoring.practices.review;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SheetCheckTest {

    @Test
    void aDraftSheetMayBeIncompleteButNotWrong() {
        assertThat(SheetCheck.problems(Map.of("RELEVANCE", 3), null, false)).isEmpty();
        assertThat(SheetCheck.problems(Map.of("RELEVANCE", 6, "BEAUTY", 2), null, false)).containsExactlyInAnyOrder(
                "Оценка по критерию «Актуальность и обоснованность проблемы» — от 0 до 5", "Неизвестный критерий «BEAUTY»");
    }

    @Test
    void aSubmittedSheetScoresEveryCriterionAndComments() {
        assertThat(SheetCheck.problems(Map.of("RELEVANCE", 3), " ", true))
                .contains("Поставьте оценку по критерию «Новизна и оригинальность»")
                .contains("Напишите комментарий эксперта: его прочтёт методист")
                .doesNotContain("Поставьте оценку по критерию «Актуальность и обоснованность проблемы»");
        Map<String, Integer> all = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            all.put(c.name(), 0);
        }
        assertThat(SheetCheck.problems(all, "Слабая доказательная база", true)).isEmpty();
    }
}
