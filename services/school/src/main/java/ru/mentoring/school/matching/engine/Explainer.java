package ru.mentoring.school.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns a mentor's points for a mentee into the sentences a curator reads, one per factor, zero points
 * included with the reason why. Points come from the same {@link MenteeQuery} that ranked and assigned
 * the mentor, so the explanation always adds up to the score.
 */
final class Explainer {

    /** Titles of the federal forms (as in the school's form_title table); another code is shown as it is. */
    private static final Map<String, String> FORM_TITLES = Map.of(
            "PUPIL_PUPIL", "ученик – ученик",
            "TEACHER_TEACHER", "учитель – учитель",
            "STUDENT_PUPIL", "студент – ученик",
            "EMPLOYER_PUPIL", "работодатель – ученик",
            "EMPLOYER_STUDENT", "работодатель – студент",
            "TEACHER_PUPIL", "учитель – ученик",
            "TEACHER_UNIVERSITY_STUDENT", "учитель – студент вуза",
            "LEADER_PROJECT_TEAM", "лидер – проектная команда",
            "TEACHER_PROJECT_TEAM", "учитель – проектная команда");

    private static final Map<String, String> FORM_SENTENCES = FORM_TITLES.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> "Ведёт форму «" + e.getValue() + "»"));

    private Explainer() {
    }

    static Proposal proposal(MenteeQuery q, int m) {
        List<Reason> reasons = reasons(q, m);
        int score = 0;
        for (Reason reason : reasons) {
            score += reason.points();
        }
        return new Proposal(q.mentee.id(), q.prepared.mentors.get(m).id(), score, reasons);
    }

    static List<Reason> reasons(MenteeQuery q, int m) {
        Prepared p = q.prepared;
        MentorProfile mentor = p.mentors.get(m);
        List<Reason> reasons = new ArrayList<>(7);
        reasons.add(new Reason(Factor.STRENGTHS.code(), q.strength(m), strengths(q, m)));
        String form = p.sharedForm(q.formsMask, p.mentorForms[m]);
        reasons.add(new Reason(Factor.FORM.code(), form != null ? p.weights.form() : 0,
                form != null ? formSentence(form) : "Не ведёт подходящую наставляемому форму"));
        reasons.add(new Reason(Factor.SUBJECT.code(), q.subject(m), subject(q, m)));
        reasons.add(new Reason(Factor.AGE.code(), q.age(m), age(q, m)));
        reasons.add(new Reason(Factor.TIME.code(), q.time(m), time(q, m)));
        int seats = mentor.freeSeats();
        reasons.add(new Reason(Factor.CAPACITY.code(), p.capacityPoints(seats), seatsText(seats)));
        reasons.add(new Reason(Factor.OWN_SCHOOL.code(), mentor.ownSchool() ? p.weights.ownSchool() : 0,
                mentor.ownSchool() ? "Из вашей школы" : "Из другой школы или муниципального банка"));
        return reasons;
    }

    private static String strengths(MenteeQuery q, int m) {
        Prepared p = q.prepared;
        int[] phrases = p.mentorPhrases[m];
        if (phrases.length == 0) {
            return "Наставник не указал сильные стороны";
        }
        if (!q.hasRequest) {
            return "Запрос наставляемого не указан";
        }
        List<Integer> full = new ArrayList<>();
        List<Integer> partial = new ArrayList<>();
        for (int phrase : phrases) {
            if (q.phrasePoints(phrase) > 0) {
                (q.phraseFull(phrase) ? full : partial).add(phrase);
            }
        }
        if (full.isEmpty() && partial.isEmpty()) {
            return "Сильные стороны не совпадают с запросом";
        }
        partial.sort(Comparator.comparingInt(q::phrasePoints).reversed());
        if (full.isEmpty()) {
            return "Сильные стороны частично совпадают с запросом: " + titles(p, partial);
        }
        return "Сильные стороны совпадают с запросом: " + titles(p, full)
                + (partial.isEmpty() ? "" : "; частично: " + titles(p, partial));
    }

    private static String titles(Prepared p, List<Integer> phrases) {
        List<String> titles = new ArrayList<>();
        for (int phrase : phrases) {
            titles.add(p.phraseTitles.get(phrase));
        }
        return String.join(", ", titles);
    }

    private static final String[] SEATS = new String[11];

    static {
        for (int seats = 0; seats < SEATS.length; seats++) {
            SEATS[seats] = "Свободных мест: " + seats;
        }
    }

    private static String seatsText(int seats) {
        int n = Math.max(0, seats);
        return n < SEATS.length ? SEATS[n] : "Свободных мест: " + n;
    }

    private static String formSentence(String code) {
        String known = FORM_SENTENCES.get(code);
        return known != null ? known : "Ведёт форму «" + code + "»";
    }

    private static String subject(MenteeQuery q, int m) {
        Prepared p = q.prepared;
        int[] entries = p.subjectSets.get(p.mentorSubjectSet[m]);
        if (entries.length == 0) {
            return "Наставник не указал предметы";
        }
        if (q.hasSubject) {
            int best = 0;
            int bestEntry = -1;
            for (int entry : entries) {
                int level = q.levelOfEntry(entry);
                if (level > best) {
                    best = level;
                    bestEntry = entry;
                }
            }
            if (best == MenteeQuery.SUBJECT_FULL) {
                return "Тот же предмет: " + p.subjectTitles.get(bestEntry);
            }
            if (best == MenteeQuery.SUBJECT_PARTIAL) {
                return "Близкий предмет: " + p.subjectTitles.get(bestEntry) + " — у наставляемого "
                        + q.mentee.subject().strip();
            }
            return "Другой предмет: у наставника " + subjectTitles(p, entries) + ", у наставляемого "
                    + q.mentee.subject().strip();
        }
        for (int entry : entries) {
            if (q.requestLevelOfEntry(entry) == MenteeQuery.SUBJECT_FROM_REQUEST) {
                return "Предмет из запроса: " + p.subjectTitles.get(entry);
            }
        }
        return "Предмет наставляемого не указан";
    }

    private static String subjectTitles(Prepared p, int[] entries) {
        List<String> titles = new ArrayList<>();
        for (int entry : entries) {
            titles.add(p.subjectTitles.get(entry));
        }
        return String.join(", ", titles);
    }

    private static String age(MenteeQuery q, int m) {
        int id = q.prepared.mentorAge[m];
        int level = q.ageLevel[id];
        if (level == AgeFit.UNKNOWN_PREFERENCE) {
            return "Наставник не указал желаемый возраст наставляемых";
        }
        String prefers = "Предпочитает: " + q.prepared.agePreferenceText(id) + " — " + q.menteeAgeText();
        return switch (level) {
            case AgeFit.FULL -> prefers;
            case AgeFit.NEAR -> prefers + ", почти подходит";
            case AgeFit.UNKNOWN_MENTEE -> prefers;
            default -> prefers + ", не подходит";
        };
    }

    private static String time(MenteeQuery q, int m) {
        Prepared p = q.prepared;
        MentorProfile mentor = p.mentors.get(m);
        boolean mentorKnown = p.mentorHasTime[m];
        boolean menteeKnown = q.time.known();
        if (!mentorKnown && !menteeKnown) {
            return "Время не указано";
        }
        if (!menteeKnown) {
            return MenteeQuery.blank(q.mentee.availableTime()) ? "Время наставляемого не указано"
                    : "Время наставляемого не распознано: «" + q.mentee.availableTime().strip() + "»";
        }
        if (!mentorKnown) {
            return MenteeQuery.blank(mentor.timeAvailable()) ? "Время наставника не указано"
                    : "Время наставника не распознано: «" + mentor.timeAvailable().strip() + "»";
        }
        long[] t = p.mentorTime;
        TimeSlots theirs = new TimeSlots(t[3 * m], t[3 * m + 1], t[3 * m + 2]);
        TimeSlots both = q.time.and(theirs);
        int hours = both.overlapHours(both);
        if (hours == 0) {
            return "Время не совпадает: наставник — " + p.describe(theirs) + ", наставляемый — " + p.describe(q.time);
        }
        return (hours == 1 ? "Совпадает только час: " : "Совпадает время: ") + p.describe(both);
    }
}
