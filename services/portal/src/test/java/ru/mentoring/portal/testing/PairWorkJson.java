package ru.mentoring.portal.testing;

import java.util.UUID;

/**
 * What the school service answers for a pair's work (issue 9), in the shape of its API contract: plans,
 * meeting logs, the oversight board, a mentor's own pairs, completed pairs. Dates are fixed: they are only
 * shown, never compared with today (the service says what is overdue and silent).
 */
public final class PairWorkJson {

    public static final UUID TASK_DONE = UUID.fromString("66660000-0000-4000-8000-000000000001");
    public static final UUID TASK_OVERDUE = UUID.fromString("66660000-0000-4000-8000-000000000002");
    public static final UUID TASK_OPEN = UUID.fromString("66660000-0000-4000-8000-000000000003");
    public static final UUID PRACTICE = UUID.fromString("77770000-0000-4000-8000-000000000001");
    public static final UUID MEETING_CONFIRMED = UUID.fromString("88880000-0000-4000-8000-000000000001");
    public static final UUID MEETING_WAITING = UUID.fromString("88880000-0000-4000-8000-000000000002");
    public static final UUID FILE = UUID.fromString("99990000-0000-4000-8000-000000000001");
    public static final UUID OTHER_SCHOOL_PAIR = UUID.fromString("44440000-0000-4000-8000-000000000003");
    public static final UUID FOLLOW_UP = UUID.fromString("44440000-0000-4000-8000-000000000004");
    public static final UUID DISTRIBUTION = UUID.fromString("33330000-0000-4000-8000-000000000003");

    private PairWorkJson() {
    }

    /** A saved plan of two sections: one task done, one overdue (linked to a practice), one open. */
    public static String plan(UUID pair) {
        return """
                {"pairId":"%s","saved":true,"difficulties":"Трудно удерживать внимание класса",
                 "goals":"Освоить приёмы формирующего оценивания",
                 "sections":[
                  {"code":"ANALYSIS","title":"Анализ профессиональных трудностей и способы их преодоления","tasks":[
                   {"id":"%s","title":"Посетить уроки наставника","dueOn":"2026-10-15","expectedResult":"анализ урока",
                    "reportingForm":"конспект","done":true,"doneOn":"2026-10-10","overdue":false,"practiceId":null},
                   {"id":"%s","title":"Провести открытый урок","dueOn":"2026-10-20","expectedResult":"урок проведён",
                    "reportingForm":"технологическая карта","done":false,"doneOn":null,"overdue":true,
                    "practiceId":"%s","practiceTitle":"Формирующее оценивание на уроке"}]},
                  {"code":"DEVELOPMENT","title":"Направления профессионального развития","tasks":[
                   {"id":"%s","title":"Курсы повышения квалификации","dueOn":"2027-03-01","expectedResult":"удостоверение",
                    "reportingForm":"копия удостоверения","done":false,"doneOn":null,"overdue":false,"practiceId":null}]}],
                 "done":1,"total":3,"overdue":1,"updatedAt":"2026-10-10T07:00:00Z"}"""
                .formatted(pair, TASK_DONE, TASK_OVERDUE, PRACTICE, TASK_OPEN);
    }

    /** A pair without a saved plan: its form's template as a draft, tasks without ids. */
    public static String draftPlan(UUID pair) {
        return """
                {"pairId":"%s","saved":false,"difficulties":null,"goals":null,
                 "sections":[{"code":"ANALYSIS","title":"Анализ профессиональных трудностей и способы их преодоления",
                   "tasks":[{"id":null,"title":"Посетить уроки наставника","dueOn":"2026-10-31","expectedResult":null,
                     "reportingForm":null,"done":false,"doneOn":null,"overdue":false,"practiceId":null}]}],
                 "done":0,"total":1,"overdue":0}""".formatted(pair);
    }

    /** Two meetings: the acquaintance, confirmed, with a file; the trial one, logged by the mentor, waiting. */
    public static String meetings() {
        return """
                {"items":[
                  {"id":"%s","date":"2026-10-01","kind":"ACQUAINTANCE","kindTitle":"встреча-знакомство",
                   "format":"IN_PERSON","formatTitle":"очно","topic":"Знакомство","result":"Договорились о целях",
                   "durationMinutes":45,"loggedBy":"MENTOR","loggedByTitle":"наставник","confirmed":true,
                   "confirmedOn":"2026-10-02","files":[{"id":"%s","name":"итоги.pdf","size":12345}]},
                  {"id":"%s","date":"2026-10-08","kind":"TRIAL","kindTitle":"пробная рабочая встреча",
                   "format":"ONLINE","formatTitle":"онлайн","topic":"Пробный урок","result":null,
                   "durationMinutes":null,"loggedBy":"MENTOR","loggedByTitle":"наставник","confirmed":false,
                   "confirmedOn":null,"files":[]}],
                 "held":2,"lastMeetingOn":"2026-10-08"}""".formatted(MEETING_CONFIRMED, FILE, MEETING_WAITING);
    }

    public static String noMeetings() {
        return "{\"items\":[],\"held\":0,\"lastMeetingOn\":null}";
    }

    /** A meeting as {@code POST .../meetings} answers it. */
    public static String meeting(String date, String kind) {
        return """
                {"id":"%s","date":"%s","kind":"%s","format":"IN_PERSON","topic":"Тема","loggedBy":"MENTOR",
                 "confirmed":false,"files":[]}""".formatted(MEETING_WAITING, date, kind);
    }

    /**
     * The curator's board: the pupil's pair with an overdue task, silent for 4 weeks, with a concern and
     * past its end; the teacher pair with a withdrawn consent and everything else in order.
     */
    public static String board() {
        return """
                {"silentAfterWeeks":3,"today":"2026-11-05","items":[
                  {"pairId":"%s","mentorName":"Петров Пётр Андреевич",
                   "mentees":[{"id":"%s","fullName":"Петров Пётр Петрович"}],"form":"STUDENT_PUPIL",
                   "formTitle":"студент – ученик","status":"ACTIVE","statusTitle":"работает","startsOn":"2026-09-01",
                   "endsOn":"2026-11-01","planDone":1,"planTotal":3,"overdueTasks":2,"lastMeetingOn":"2026-10-08",
                   "silent":true,"silentWeeks":4,"consentWithdrawn":false,"concern":"пропускает встречи",
                   "minorsPair":true,"teacherPair":false},
                  {"pairId":"%s","mentorName":"Иванова Мария Петровна",
                   "mentees":[{"id":"%s","fullName":"Сидорова Анна Викторовна"}],"form":"TEACHER_TEACHER",
                   "formTitle":"учитель – учитель","status":"ACTIVE","statusTitle":"работает","startsOn":"2026-09-15",
                   "endsOn":"2027-05-31","planDone":4,"planTotal":4,"overdueTasks":0,"lastMeetingOn":"2026-11-01",
                   "silent":false,"silentWeeks":null,"consentWithdrawn":true,"concern":null,
                   "minorsPair":false,"teacherPair":true}]}"""
                .formatted(SchoolMother.PAIR, SchoolMother.PUPIL, SchoolMother.TEACHER_PAIR, SchoolMother.TEACHER);
    }

    /**
     * A mentor's own pairs: the teacher pair of their school (one meeting to confirm) and a pupil of
     * school 2, seen as the minimal card with that school's curator as the contact.
     */
    public static String myPairs() {
        return "{\"items\":[" + ownPair() + "," + otherSchoolPair() + "]}";
    }

    public static String ownPair() {
        return """
                {"pairId":"%s","schoolId":"1","schoolName":"Школа № 1","form":"TEACHER_TEACHER",
                 "formTitle":"учитель – учитель","status":"ACTIVE","statusTitle":"работает","startsOn":"2026-09-15",
                 "endsOn":"2027-05-31","mentorName":"Иванова Мария Петровна",
                 "mentees":[{"id":"%s","name":"Сидорова Анна Викторовна","grade":null}],"ownSchool":true,
                 "curatorContact":"Куратор: Кузнецова Ольга Ивановна — МАОУ СОШ № 1","planDone":1,"planTotal":3,
                 "overdueTasks":0,"nextTaskDue":"2026-10-20","lastMeetingOn":"2026-10-08","meetingsToConfirm":1}"""
                .formatted(SchoolMother.TEACHER_PAIR, SchoolMother.TEACHER);
    }

    public static String otherSchoolPair() {
        return """
                {"pairId":"%s","schoolId":"2","schoolName":"Гимназия № 2","form":"STUDENT_PUPIL",
                 "formTitle":"студент – ученик","status":"ACTIVE","statusTitle":"работает","startsOn":"2026-09-01",
                 "endsOn":"2027-05-31","mentorName":"Иванова Мария Петровна",
                 "mentees":[{"id":null,"name":"Пётр","grade":"7Б"}],"ownSchool":false,
                 "curatorContact":"Куратор: Орлова Светлана Игоревна — Гимназия № 2","planDone":0,"planTotal":2,
                 "overdueTasks":0,"nextTaskDue":"2026-11-30","lastMeetingOn":null,"meetingsToConfirm":0}"""
                .formatted(OTHER_SCHOOL_PAIR);
    }

    /** The pupil's pair, completed with both assessments and continued with a new topic. */
    public static String completedPupilPair() {
        return """
                {"id":"%s","mentorId":"%s","mentorName":"Петров Пётр Андреевич","mentorSchoolId":"1",
                 "form":"STUDENT_PUPIL","formTitle":"студент – ученик","variant":null,"formation":"MATCHING",
                 "formationTitle":"подбор по анкетам","status":"COMPLETED","statusTitle":"завершена",
                 "startsOn":"2026-09-01","endsOn":"2027-05-31","refusalReason":null,
                 "mentees":[{"id":"%s","fullName":"Петров Пётр Петрович","grade":"9Б","position":null}],
                 "group":false,"teacherPair":false,"labourChecklist":null,
                 "completion":{"results":"Оценка по математике выросла до «4»","mentorScore":8,"mentorText":"Старался",
                   "menteeScore":9,"menteeText":"Было интересно","decision":"CONTINUE","decisionTitle":"продолжить",
                   "continueTopic":"Подготовка к ОГЭ","continueUntil":"2027-12-25","readiness":null,
                   "readinessTitle":null,"completedOn":"2027-05-20"},
                 "termination":null,"concern":null,"followUpPairId":"%s"}"""
                .formatted(SchoolMother.PAIR, BankMother.PETROV, SchoolMother.PUPIL, FOLLOW_UP);
    }

    /** The pupil's pair at work (ACTIVE), as {@code GET /api/pairs/{id}} answers it. */
    public static String activePupilPair() {
        return completedPupilPair().replace("\"status\":\"COMPLETED\",\"statusTitle\":\"завершена\"",
                        "\"status\":\"ACTIVE\",\"statusTitle\":\"работает\"")
                .replaceAll("(?s)\"completion\":\\{.*?},\\s*\"termination\"", "\"completion\":null,\"termination\"")
                .replace("\"followUpPairId\":\"" + FOLLOW_UP + "\"", "\"followUpPairId\":null");
    }

    /** The teacher pair, terminated by the mentee for a reason of the school's list. */
    public static String terminatedTeacherPair() {
        return SchoolJson.pair(SchoolMother.TEACHER_PAIR, BankMother.IVANOVA, "Иванова Мария Петровна",
                SchoolMother.TEACHER, "Сидорова Анна Викторовна", "ASSIGNMENT", "TERMINATED", "прекращена досрочно")
                .replace("\"labourChecklist\":{\"complete\":false}", """
                        "labourChecklist":{"complete":true},"termination":{"initiator":"MENTEE","initiatorTitle":"наставляемый",
                         "reason":"moved","reasonTitle":"Переезд","comment":"Переехала в другой город",
                         "terminatedOn":"2026-12-01"}""");
    }

    public static String reasons() {
        return """
                {"items":[{"code":"moved","title":"Переезд","active":true},
                          {"code":"health","title":"Состояние здоровья","active":true},
                          {"code":"old","title":"Устаревшая причина","active":false}]}""";
    }

    /** The pupil's distribution consent in force. */
    public static String distributionConsent() {
        return """
                {"id":"%s","menteeId":"%s","kind":"DISTRIBUTION","kindTitle":"на распространение",
                 "signedBy":"GUARDIAN","signerName":"Петрова Анна Сергеевна","coSignedByPupil":true,
                 "signedOn":"2026-09-06","inForce":true}""".formatted(DISTRIBUTION, SchoolMother.PUPIL);
    }

    /** Whom the pupil pair's practice may name: the pupil, with or without the distribution consent. */
    public static String candidates(boolean consented) {
        return """
                {"canPropose":true,"proposalId":null,"why":null,"participants":[
                  {"menteeId":"%s","name":"Петров Пётр Петрович (9Б)","consentId":%s,"publicName":%s}]}"""
                .formatted(SchoolMother.PUPIL, consented ? "\"" + DISTRIBUTION + "\"" : "null",
                        consented ? "\"Пётр П.\"" : "null");
    }

    /** The teacher form's template: two sections, the second empty. */
    public static String template() {
        return """
                {"form":"TEACHER_TEACHER","formTitle":"учитель – учитель","sections":[
                  {"code":"ANALYSIS","title":"Анализ профессиональных трудностей и способы их преодоления","tasks":[
                    {"title":"Посетить уроки наставника","expectedResult":"анализ урока","reportingForm":"конспект",
                     "dueAfterDays":30},
                    {"title":"Провести открытый урок","expectedResult":"урок проведён","reportingForm":null,
                     "dueAfterDays":60}]},
                  {"code":"DOCUMENTS","title":"Работа с документацией","tasks":[]}]}""";
    }

    public static String templates() {
        return "{\"items\":[" + template() + "]}";
    }

    /** The school's copy of the library's publications, searched: one practice. */
    public static String practiceSearch() {
        return """
                {"items":[{"id":"%s","title":"Формирующее оценивание на уроке","form":"TEACHER_TEACHER","year":2026}]}"""
                .formatted(PRACTICE);
    }
}
