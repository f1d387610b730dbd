package ru.mentoring.portal.testing;

import java.util.UUID;

/** What the stub school service answers, in the service's own JSON (field names as its controllers write them). */
public final class SchoolJson {

    private SchoolJson() {
    }

    /** {@code SchoolMother.programme()} as JSON. */
    public static String programme() {
        return """
                {"id":"%s","schoolYear":"2026/2027","title":"Программа наставничества школы № 1",
                 "forms":[{"code":"TEACHER_TEACHER","title":"учитель – учитель"}],"curators":["Кузнецова Ольга Ивановна"],
                 "goals":null,"silentAfterWeeks":3,
                 "stages":[{"stage":1,"title":"Подготовка условий для запуска программы","done":0,"overdue":1,
                   "items":[{"id":"%s","activity":"Информирование родителей","deadline":"2026-09-20","owner":"куратор",
                             "expectedResult":null,"doneOn":null,"overdue":true}]},
                  {"stage":2,"title":"Формирование базы наставляемых","done":0,"overdue":0,"items":[]}],
                 "items":1,"done":0,"overdue":1,"today":"2026-10-01"}"""
                .formatted(SchoolMother.PROGRAMME, SchoolMother.ITEM_OVERDUE);
    }

    public static String programmes() {
        return """
                {"items":[{"id":"%s","schoolYear":"2026/2027","title":"Программа наставничества школы № 1"}]}"""
                .formatted(SchoolMother.PROGRAMME);
    }

    /** The pupil of {@code SchoolMother.pupil()}: a minor of 15 in 9Б. */
    public static String pupil() {
        return mentee(SchoolMother.PUPIL, "Петров Пётр Петрович", "PUPIL", "2011-03-02", 15, true, "9Б", null,
                "Петрова Анна Сергеевна", "CANDIDATE");
    }

    /** The young teacher of {@code SchoolMother.teacher()}. */
    public static String teacher() {
        return mentee(SchoolMother.TEACHER, "Сидорова Анна Викторовна", "TEACHER", "2001-06-01", 25, false, null,
                "учитель математики", null, "CANDIDATE");
    }

    public static String mentee(UUID id, String name, String kind, String birthDate, int age, boolean minor,
                                String grade, String position, String guardian, String status) {
        return """
                {"id":"%s","schoolId":"1","fullName":"%s","kind":"%s","kindTitle":"%s","birthDate":"%s","age":%d,
                 "minor":%s,"grade":%s,"position":%s,"subject":null,"experienceYears":null,"organisation":null,
                 "contact":null,"guardianName":%s,"guardianContact":null,"requestCategory":"c1",
                 "requestCategoryTitle":"Успеваемость","request":"математика","enteredAt":"2026-09-05",
                 "source":"CURATOR","sourceTitle":"внесён куратором","status":"%s","statusTitle":"%s",
                 "availableTime":null,
                 "restricted":{"supportNeeds":false,"difficultSituation":true,"behaviour":false,"poorResults":false}}"""
                .formatted(id, name, kind, "PUPIL".equals(kind) ? "обучающийся" : "педагог", birthDate, age, minor,
                        quoted(grade), quoted(position), quoted(guardian), status,
                        "CANDIDATE".equals(status) ? "кандидат" : "в паре");
    }

    public static String items(String... json) {
        return "{\"items\":[" + String.join(",", json) + "]}";
    }

    public static String categories() {
        return """
                {"items":[{"code":"c1","title":"Успеваемость","active":true},{"code":"c2","title":"Адаптация","active":true}]}""";
    }

    /** A processing consent in force of the mentee. */
    public static String processingConsent(UUID mentee) {
        return """
                {"id":"%s","menteeId":"%s","kind":"PROCESSING","kindTitle":"на обработку персональных данных",
                 "textVersion":"processing-v1","signedBy":"GUARDIAN","signedByTitle":"родитель (законный представитель)",
                 "signerName":"Петрова Анна Сергеевна","coSignedByPupil":false,"partnerOrganisation":null,
                 "signedOn":"2026-09-06","withdrawnOn":null,"withdrawalReason":null,"inForce":true}"""
                .formatted(SchoolMother.CONSENT, mentee);
    }

    /** A pair as {@code POST /api/pairs} and {@code GET /api/pairs/{id}} answer it. */
    public static String pair(UUID id, UUID mentor, String mentorName, UUID mentee, String menteeName, String how,
                              String status, String statusTitle) {
        return """
                {"id":"%s","mentorId":"%s","mentorName":"%s","mentorSchoolId":"1","form":"TEACHER_TEACHER",
                 "formTitle":"учитель – учитель","variant":null,"formation":"%s","formationTitle":"назначение куратором",
                 "status":"%s","statusTitle":"%s","startsOn":"2026-10-01","endsOn":"2027-05-31","refusalReason":null,
                 "mentees":[{"id":"%s","fullName":"%s","grade":null,"position":"учитель математики"}],
                 "group":false,"teacherPair":true,"labourChecklist":{"complete":false}}"""
                .formatted(id, mentor, mentorName, how, status, statusTitle, mentee, menteeName);
    }

    /** The school's directory with Ivanova (the given free seats) and Petrov (none). */
    public static String directory(int ivanovaFree) {
        return """
                {"scope":"SCHOOL","items":[
                 {"id":"%s","fullName":"Иванова Мария Петровна","kind":"TEACHER","visibility":"NETWORK","capacity":3,
                  "freeCapacity":%d,"homeSchoolId":"1","position":"учитель математики","subjects":["математика"],
                  "strengths":["подготовка к ГИА"]},
                 {"id":"%s","fullName":"Петров Пётр Андреевич","kind":"UNIVERSITY_STUDENT","visibility":"MUNICIPAL",
                  "capacity":2,"freeCapacity":0,"organisation":"ТГПУ","subjects":[],"strengths":[]}]}"""
                .formatted(BankMother.IVANOVA, ivanovaFree, BankMother.PETROV);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
