package ru.mentoring.practices.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What is wrong with a sheet, all at once: unknown criteria, scores out of range, and for submission gaps. */
final class SheetCheck {

    private SheetCheck() {
    }

    static List<String> problems(Map<String, Integer> scores, String comment, boolean submit) {
        List<String> problems = new ArrayList<>();
        for (var entry : scores.entrySet()) {
            Criterion criterion = criterion(entry.getKey());
            if (criterion == null) {
                problems.add("Неизвестный критерий «" + entry.getKey() + "»");
            } else if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > Criterion.MAX) {
                problems.add("Оценка по критерию «" + criterion.title() + "» — от 0 до " + Criterion.MAX);
            }
        }
        if (submit) {
            for (Criterion c : Criterion.values()) {
                if (!scores.containsKey(c.name())) {
                    problems.add("Поставьте оценку по критерию «" + c.title() + "»");
                }
            }
            if (comment == null || comment.isBlank()) {
                problems.add("Напишите комментарий эксперта: его прочтёт методист");
            }
        }
        return problems;
    }

    private static Criterion criterion(String code) {
        for (Criterion c : Criterion.values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
