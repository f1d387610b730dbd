package ru.mentoring.portal.testing;

/** Canned answers of the stub services, in the services' own JSON. */
public final class Answers {

    public static final String IVANOVA_JSON = """
            {"id":"%s","revision":1,"fullName":"Иванова Мария Петровна","kind":"TEACHER","homeSchoolId":"1",
             "position":"учитель математики","email":"ivanova@school1.ru","subjects":["математика"],
             "strengths":["подготовка к ГИА"],"forms":["TEACHER_TEACHER"],"experienceYears":12,
             "associationMember":true,"capacity":3,"activeAssignments":1,"reservedSeats":1,"freeCapacity":1,
             "visibility":"NETWORK","createdAt":"2026-09-01T07:00:00Z"}""".formatted(BankMother.IVANOVA);

    private Answers() {
    }

    /** The catalogues nearly every page reads: competencies, mentoring forms, kinds of mentoring, schools. */
    public static Backends catalogues(Backends backends) {
        return backends
                .answer("GET /mentor-bank/api/competencies", 200, """
                        {"items":[{"code":"exam_preparation","title":"подготовка к ГИА"},
                                  {"code":"projects","title":"проектная деятельность"}]}""")
                .answer("GET /mentor-bank/api/forms", 200, """
                        {"items":[{"code":"TEACHER_TEACHER","title":"учитель – учитель"}]}""")
                .answer("GET /mentor-bank/api/mentoring-formats", 200, """
                        {"items":[{"code":"REVERSE","title":"реверсивное"}]}""")
                .answer("GET /mentor-bank/api/schools", 200, """
                        {"items":[{"id":"1","name":"Школа № 1","shortName":"МАОУ СОШ № 1"},
                                  {"id":"2","name":"Гимназия № 2"}]}""");
    }

    /** A problem+json refusal the way the services answer one. */
    public static String problem(int status, String title, String detail, String errorsJson) {
        return """
                {"type":"about:blank","title":"%s","status":%d,"detail":%s,"errors":%s}"""
                .formatted(title, status, detail == null ? "null" : "\"" + detail + "\"", errorsJson);
    }
}
