"""Demo data of the mentor bank on real school data: every demo mentor with the forms and kinds of mentoring
they lead; the mentor base of «Лицей № 3» imported from the sheet the school keeps (title rows, competencies
and forms in the school's own words, a bad e-mail, an empty row, a duplicate, a footer) after a preview, so
the schools' phrases wait for the methodist on «Формулировки школ»; a paused mentor; requests that were
accepted, declined, withdrawn and one still pending; a rejected and a pending nomination (the methodist's
history). Loaded through the public API as the demo users; each step is idempotent on its own."""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
MENTOR_BANK = os.environ.get("MENTOR_BANK_URL", "http://127.0.0.1:8081")
SCHOOL = os.environ.get("SCHOOL_URL", "http://127.0.0.1:8082")
HERE = os.path.dirname(os.path.abspath(__file__))
SHEET = os.path.join(HERE, "lyceum3-mentor-base.xlsx")
MARK = "(демо)"
TOKENS = {}

FORMS_BY_KIND = {"TEACHER": ["TEACHER_TEACHER", "TEACHER_PUPIL"], "PUPIL": ["PUPIL_PUPIL"],
                 "UNIVERSITY_STUDENT": ["STUDENT_PUPIL"], "EMPLOYER": ["EMPLOYER_PUPIL", "EMPLOYER_STUDENT"],
                 "PARENT": ["TEACHER_PUPIL"], "GRADUATE": ["STUDENT_PUPIL"]}
TEACHER_FORMATS = [["TRADITIONAL"], ["TRADITIONAL", "GROUP"], ["VIRTUAL", "REVERSE"], ["SITUATIONAL"],
                   ["SHORT_TERM", "SPEED"], ["PARTNER"]]
COMMAND_FIELDS = ["fullName", "kind", "capacity", "homeSchoolId", "organisation", "position", "email", "phone",
                  "birthDate", "subjects", "strengths", "forms", "qualificationCategory", "experienceYears",
                  "timeAvailable", "interests", "preferredMenteeAge", "achievements", "trainingCompleted",
                  "associationMember", "visibility", "ownStrengths", "formats"]


def token(user):
    if user not in TOKENS:
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "mentoring-cli",
                                       "username": user, "password": "demo"}).encode()
        with urllib.request.urlopen(f"{KEYCLOAK}/realms/mentoring/protocol/openid-connect/token", form) as r:
            TOKENS[user] = json.load(r)["access_token"]
    return TOKENS[user]


def call(method, path, user, body=None, tolerate=(), base=MENTOR_BANK):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token(user), "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as r:
            text = r.read().decode()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        if e.code in tolerate:
            return None
        sys.exit(f"mentor bank demo: {method} {path} answered {e.code}: {e.read().decode()}")


def upload(path, user, file_path):
    boundary = uuid.uuid4().hex
    with open(file_path, "rb") as f:
        content = f.read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{os.path.basename(file_path)}\"\r\n"
            "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode() \
        + content + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(MENTOR_BANK + path, data=body, method="POST", headers={
        "Authorization": "Bearer " + token(user), "Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        with urllib.request.urlopen(request) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit(f"mentor bank demo: import answered {e.code}: {e.read().decode()}")


def mentors(query=None):
    path = "/api/mentors" + ("?q=" + urllib.parse.quote(query) if query else "")
    return call("GET", path, "methodist")["items"]


def by_name(name):
    found = [m for m in mentors(name) if m["fullName"] == name]
    return found[0] if found else None


def forms_and_formats():
    """Every mentor leads at least one form; teachers also work in some kinds of teacher mentoring."""
    changed = 0
    for i, m in enumerate(sorted(mentors(), key=lambda x: x["fullName"])):
        if m.get("forms"):
            continue
        command = {k: m.get(k) for k in COMMAND_FIELDS}
        command["forms"] = FORMS_BY_KIND.get(m["kind"], ["TEACHER_PUPIL"])[: 1 + i % 2]
        if m["kind"] == "TEACHER" and not m.get("formats"):
            command["formats"] = TEACHER_FORMATS[i % len(TEACHER_FORMATS)]
        call("PUT", f"/api/mentors/{m['id']}", "methodist", command)
        changed += 1
    return changed


def lyceum_sheet():
    """The school's own sheet: previewed first, then imported as a whole (rows without a school are Лицей № 3's)."""
    if by_name("Ершова Валентина Игоревна"):
        return None
    preview = upload("/api/mentors/import?dryRun=true&school=3", "methodist", SHEET)
    if preview["imported"] == 0:
        sys.exit("mentor bank demo: the preview of the lyceum's sheet found nothing to import")
    return upload("/api/mentors/import?school=3", "methodist", SHEET)


def paused():
    m = by_name("Соколов Андрей Михайлович")
    if m and m.get("status") == "ACTIVE" and not m.get("statusChangedAt"):
        call("POST", f"/api/mentors/{m['id']}/pause", "methodist", {"reason": "курсы повышения квалификации до января"})


def requests():
    """Requests with every ending: accepted, declined, withdrawn by the school, and one still waiting."""
    if any(MARK in (r.get("need") or "") for r in call("GET", "/api/mentor-requests", "methodist")["items"]):
        return
    def ask(curator, name, need):
        return call("POST", "/api/mentor-requests", curator, {"mentorId": by_name(name)["id"], "need": f"{need} {MARK}"})
    accepted = ask("curator3", "Петров Алексей Викторович", "Молодой учитель русского языка: подготовка к ОГЭ")
    call("POST", f"/api/mentor-requests/{accepted['id']}/accept", "methodist")
    declined = ask("curator1", "Морозова Татьяна Ивановна", "Сопровождение учителя после перерыва в стаже")
    call("POST", f"/api/mentor-requests/{declined['id']}/decline", "methodist",
         {"reason": "Наставник занят в сетевом проекте до конца полугодия"})
    withdrawn = ask("curator1", "Богданова Екатерина Андреевна", "Проектная деятельность в 7 классах")
    call("POST", f"/api/mentor-requests/{withdrawn['id']}/withdraw", "curator1")
    ask("curator2", "Лебедева Ольга Александровна", "Классное руководство: первый год в 5 классе")


def nominations():
    """One nomination decided (rejected with a reason, in the methodist's history), one waiting."""
    if any(MARK in (n.get("motivation") or "") for n in call("GET", "/api/nominations", "methodist")["items"]):
        return
    rejected = call("POST", "/api/nominations", "curator3", {"mentorId": by_name("Зайцев Павел Сергеевич")["id"],
                                                              "target": "MUNICIPAL",
                                                              "motivation": f"Ведёт школу молодого педагога {MARK}"})
    call("POST", f"/api/nominations/{rejected['id']}/reject", "methodist",
         {"reason": "Нужен опыт наставничества не меньше года: выдвиньте в следующем учебном году"})
    call("POST", "/api/nominations", "curator3", {"mentorId": by_name("Голубева Ирина Олеговна")["id"],
                                                  "target": "MUNICIPAL",
                                                  "motivation": f"Победитель городского конкурса наставников {MARK}"})


def wait_for_directory():
    """The lyceum's mentors reach the school directory through Kafka."""
    deadline = time.time() + 60
    while time.time() < deadline:
        found = call("GET", "/api/directory/mentors?strength=" + urllib.parse.quote("оценивание"), "curator3",
                     base=SCHOOL)["items"]
        if any(m["fullName"] == "Ершова Валентина Игоревна" for m in found):
            return
        time.sleep(0.5)
    sys.exit("mentor bank demo: the school directory did not show the imported mentors within 60 s")


def main():
    enriched = forms_and_formats()
    imported = lyceum_sheet()
    paused()
    requests()
    nominations()
    if imported:
        wait_for_directory()
        phrases = len(imported.get("ownStrengths") or [])
        print(f"mentor bank demo: {enriched} mentors given forms, the lyceum's sheet imported "
              f"({imported['imported']} mentors, {imported.get('warnings', 0)} warnings, {phrases} phrases for the methodist)")
    else:
        print(f"mentor bank demo: already loaded ({enriched} mentors given forms)")


if __name__ == "__main__":
    main()
