package ru.mentoring.school.matching.engine;

import ru.mentoring.school.mentee.MenteeKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Realistic synthetic cohorts for tests and the benchmark: mentees and mentors as schools write them —
 * the competency catalogue, its synonyms and mentors' own words, the request map's categories with
 * free-text requests, subjects in both cases, preferred ages and free time in the phrasings seen in
 * schools' sheets, the five federal forms, capacities 1–3. Same seed, same instance.
 */
final class MatchingInstances {

    record Instance(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    }

    static final String[] CATALOGUE = {"организация современного урока", "формирующее оценивание",
            "проектная деятельность", "работа с детьми с ОВЗ", "функциональная грамотность", "подготовка к ГИА",
            "цифровые образовательные технологии", "классное руководство", "олимпиадная подготовка", "профориентация",
            "работа с одарёнными детьми", "сопровождение детей в трудной жизненной ситуации"};

    static final String[] SYNONYMS = {"подготовка к ЕГЭ", "подготовка к ОГЭ и ЕГЭ", "проектная и исследовательская деятельность",
            "учебно-исследовательская и проектная деятельность", "инклюзивное образование", "читательская грамотность",
            "математическая грамотность", "ИКТ", "дистанционное обучение", "подготовка к олимпиадам",
            "профессиональная ориентация", "сопровождение одарённых детей", "работа с детьми группы риска",
            "проектирование современного урока", "оценивание образовательных результатов"};

    static final String[] OWN_WORDS = {"работа с родителями", "театральная студия", "робототехника", "шахматы",
            "волонтёрство", "школьное самоуправление", "финансовая грамотность", "тайм-менеджмент",
            "медиация конфликтов", "подготовка к олимпиадам по математике", "подготовка к ЕГЭ по физике",
            "дисциплина на уроке", "адаптация молодого педагога", "эффективный урок", "игровые технологии",
            "исследовательские проекты по биологии", "программирование на Python", "публичные выступления",
            "экологическое воспитание", "музейная педагогика", "краеведение", "развитие критического мышления",
            "смысловое чтение", "работа с интерактивной доской", "подготовка к ВПР", "наставничество в IT"};

    static final String[][] SUBJECTS = {{"математика", "математике"}, {"русский язык", "русскому языку"},
            {"литература", "литературе"}, {"физика", "физике"}, {"химия", "химии"}, {"биология", "биологии"},
            {"история", "истории"}, {"обществознание", "обществознанию"}, {"география", "географии"},
            {"информатика", "информатике"}, {"английский язык", "английскому языку"},
            {"немецкий язык", "немецкому языку"}, {"физическая культура", "физкультуре"}, {"технология", "технологии"},
            {"музыка", "музыке"}, {"изобразительное искусство", "изобразительному искусству"},
            {"алгебра", "алгебре"}, {"геометрия", "геометрии"}, {"ОБЖ", "ОБЖ"}, {"начальные классы", "начальным классам"}};

    static final String[] CATEGORIES = {"Адаптация в коллективе и профессии",
            "Методическая помощь в подготовке и проведении уроков", "Оценивание и работа с результатами обучения",
            "Дисциплина и работа с классом", "Подготовка к ГИА", "Повышение успеваемости",
            "Развитие способностей и одарённости", "Проектная и исследовательская деятельность", "Профориентация",
            "Цифровые инструменты и дистанционное обучение", "Психолого-педагогическая поддержка",
            "Включение в школьную жизнь"};

    static final String[] PUPIL_REQUESTS = {"Хочу подготовиться к ОГЭ по %s", "Нужна помощь с проектом по %s",
            "Хочу участвовать в олимпиаде по %s", "Подтянуть оценки по %s", "Сложно влиться в новый класс",
            "Помочь с выбором профессии", "Хочу научиться программировать", "Готовлюсь к ЕГЭ по %s, не хватает практики",
            "Интересуюсь исследовательской работой по %s", "Трудно организовать своё время", "",
            "Хочу выступать на конференциях", "Не понимаю тему по %s, отстаю от класса"};

    static final String[] TEACHER_REQUESTS = {"Сложно держать дисциплину в 7 классе", "Как готовить детей к ЕГЭ по %s",
            "Не получается выстроить работу с родителями", "Хочу освоить цифровые инструменты на уроках %s",
            "Помощь в подготовке открытых уроков", "Формирующее оценивание на уроках", "Первый год классного руководства",
            "Работа с детьми с ОВЗ в инклюзивном классе", "Как вести проектную деятельность", "",
            "Выгорание, не хватает времени на подготовку", "Подготовка учеников к олимпиадам по %s"};

    static final String[] STUDENT_REQUESTS = {"Выбор направления после колледжа", "Хочу пройти практику в IT-компании",
            "Нужен наставник для дипломного проекта", "Профориентация и первое трудоустройство", ""};

    static final String[] AGES_PUPILS = {"5–7 классы", "5-7 класс", "8–9 классы", "10–11 классы", "старшеклассники",
            "начальная школа", "14–17 лет", "от 12 лет", "подростки", "с 5 по 9 класс", "VII–IX классы", "любой возраст",
            "ученики 6-8 классов", "9, 10 и 11 классы", "до 14 лет", "учащиеся среднего звена", "8-е классы", ""};

    static final String[] AGES_TEACHERS = {"молодые педагоги", "молодые специалисты", "педагоги со стажем до 3 лет",
            "начинающие учителя", "любой возраст", "учителя до 35 лет", ""};

    static final String[] AGES_STUDENTS = {"студенты", "студенты колледжа", "старшеклассники и студенты", "от 16 лет",
            "10–11 классы", ""};

    static final String[] TIMES = {"вторник, четверг после 15:00", "по будням после уроков", "пн–пт 16:00–18:00",
            "суббота утром", "понедельник и среда с 14 до 16", "в любое время", "по средам после 16",
            "вт, чт 15:00–17:00", "пятница вечером", "будни после 17:00, суббота", "после 15:00",
            "понедельник, среда, пятница 14:30–16:30", "чт с 13 до 15", "по выходным", "ежедневно кроме среды",
            "вторник 15:00", "с понедельника по четверг после 14", "среда после обеда", "2 раза в неделю", ""};

    private static final Set<String> PUPIL_FORMS = Set.of("PUPIL_PUPIL", "STUDENT_PUPIL", "EMPLOYER_PUPIL", "TEACHER_PUPIL");

    private MatchingInstances() {
    }

    static Instance generate(int mentees, int mentors, long seed) {
        Random random = new Random(seed);
        List<MentorProfile> mentorList = new ArrayList<>(mentors);
        for (int m = 0; m < mentors; m++) {
            mentorList.add(mentor(random, m));
        }
        List<MenteeProfile> menteeList = new ArrayList<>(mentees);
        for (int i = 0; i < mentees; i++) {
            menteeList.add(mentee(random));
        }
        return new Instance(menteeList, mentorList);
    }

    private static MentorProfile mentor(Random r, int index) {
        double kind = r.nextDouble();
        Set<String> forms = new LinkedHashSet<>();
        List<String> subjects = new ArrayList<>();
        List<String> strengths = new ArrayList<>();
        String age;
        if (kind < 0.55) {
            if (r.nextDouble() < 0.6) {
                forms.add("TEACHER_TEACHER");
            }
            if (forms.isEmpty() || r.nextDouble() < 0.5) {
                forms.add("TEACHER_PUPIL");
            }
            subjects.add(pick(r, SUBJECTS)[0]);
            if (r.nextDouble() < 0.3) {
                subjects.add(pick(r, SUBJECTS)[0]);
            }
            strengths(r, strengths, 2 + r.nextInt(3));
            age = forms.contains("TEACHER_TEACHER") && r.nextDouble() < 0.7 ? pick(r, AGES_TEACHERS) : pick(r, AGES_PUPILS);
        } else if (kind < 0.7) {
            forms.add("PUPIL_PUPIL");
            subjects.add(pick(r, SUBJECTS)[0]);
            strengths.add(r.nextBoolean() ? "олимпиадная подготовка" : "подготовка к ОГЭ");
            strengths(r, strengths, r.nextInt(2));
            age = pick(r, new String[] {"5–7 классы", "5-6 классы", "младшие классы", "8 класс", "подростки", ""});
        } else if (kind < 0.85) {
            forms.add("STUDENT_PUPIL");
            if (r.nextDouble() < 0.7) {
                subjects.add(pick(r, SUBJECTS)[0]);
            }
            strengths(r, strengths, 1 + r.nextInt(3));
            age = pick(r, AGES_PUPILS);
        } else {
            if (r.nextDouble() < 0.7) {
                forms.add("EMPLOYER_PUPIL");
            }
            if (forms.isEmpty() || r.nextDouble() < 0.6) {
                forms.add("EMPLOYER_STUDENT");
            }
            if (r.nextDouble() < 0.4) {
                subjects.add(r.nextBoolean() ? "информатика" : "технология");
            }
            strengths.add(r.nextBoolean() ? "профориентация" : "профессиональная ориентация");
            strengths(r, strengths, r.nextInt(3));
            age = pick(r, AGES_STUDENTS);
        }
        return new MentorProfile(uuid(r), "Наставник " + index, strengths, forms, subjects, blankToNull(age),
                blankToNull(pick(r, TIMES)), 1 + r.nextInt(3), r.nextDouble() < 0.2);
    }

    private static void strengths(Random r, List<String> strengths, int count) {
        for (int s = 0; s < count; s++) {
            double source = r.nextDouble();
            String strength = source < 0.6 ? pick(r, CATALOGUE) : source < 0.8 ? pick(r, SYNONYMS) : pick(r, OWN_WORDS);
            if (!strengths.contains(strength)) {
                strengths.add(strength);
            }
        }
    }

    private static MenteeProfile mentee(Random r) {
        double kind = r.nextDouble();
        String[] subject = pick(r, SUBJECTS);
        if (kind < 0.65) {
            int grade = 5 + r.nextInt(7);
            Integer age = r.nextDouble() < 0.5 ? grade + 6 + r.nextInt(2) : null;
            Set<String> forms = r.nextDouble() < 0.8 ? PUPIL_FORMS : Set.of("PUPIL_PUPIL", "TEACHER_PUPIL");
            return new MenteeProfile(uuid(r), MenteeKind.PUPIL, age, grade, r.nextDouble() < 0.3 ? subject[0] : null,
                    r.nextDouble() < 0.85 ? pick(r, CATEGORIES) : null, request(r, PUPIL_REQUESTS, subject), forms,
                    blankToNull(pick(r, TIMES)));
        }
        if (kind < 0.9) {
            return new MenteeProfile(uuid(r), MenteeKind.TEACHER, 22 + r.nextInt(10), null, subject[0],
                    r.nextDouble() < 0.9 ? pick(r, CATEGORIES) : null, request(r, TEACHER_REQUESTS, subject),
                    Set.of("TEACHER_TEACHER"), blankToNull(pick(r, TIMES)));
        }
        return new MenteeProfile(uuid(r), MenteeKind.STUDENT, 17 + r.nextInt(5), null, null,
                r.nextBoolean() ? "Профориентация" : pick(r, CATEGORIES), request(r, STUDENT_REQUESTS, subject),
                Set.of("EMPLOYER_STUDENT", "TEACHER_UNIVERSITY_STUDENT"), blankToNull(pick(r, TIMES)));
    }

    private static String request(Random r, String[] templates, String[] subject) {
        String template = pick(r, templates);
        return blankToNull(template.contains("%s") ? String.format(template, subject[1]) : template);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static UUID uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong());
    }
}
