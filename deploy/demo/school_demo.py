"""Demo data of a school's mentoring programme (issue 8, part 1), through the school service's public API as the
demo curators with real tokens: for school 1 the programme of the current school year with its roadmap (every
activity whose deadline has passed done but one, which stands out as overdue), the school's profile, the request
map, fifteen mentees of every kind (pupils with parents, young teachers, a student teacher) with processing consents
for most (one pupil without any, one withdrawn) and distribution consents for two, the matching weights, a matching
run accepted for two pupils, a teacher pair by assignment with the labour-law checklist, a mutual-choice pair waiting
for mentor1's answer, the login of mentee1 linked to one pupil and of mentee2 to another who has no pair yet; a
little for school 2. Pairs run once the mentor bank holds their mentors' seats: the loader waits for that. Every step is idempotent on its own (found by name)."""
import datetime
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
SCHOOL = os.environ.get("SCHOOL_URL", "http://127.0.0.1:8082")
TOKENS = {}
TODAY = datetime.date.today()
START = TODAY.year if TODAY.month >= 9 else TODAY.year - 1
YEAR = f"{START}/{START + 1}"
PAIRS_START = max(datetime.date(START, 9, 15), TODAY - datetime.timedelta(days=28))
PAIRS_END = max(datetime.date(START + 1, 5, 31), PAIRS_START + datetime.timedelta(days=120))
ENDED = ("REFUSED", "COMPLETED", "TERMINATED")


def token(user):
    if user not in TOKENS:
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "mentoring-cli",
                                       "username": user, "password": "demo"}).encode()
        with urllib.request.urlopen(f"{KEYCLOAK}/realms/mentoring/protocol/openid-connect/token", form) as r:
            TOKENS[user] = json.load(r)["access_token"]
    return TOKENS[user]


def call(method, path, user, body=None, tolerate=()):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(SCHOOL + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token(user), "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as r:
            text = r.read().decode()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        if e.code in tolerate:
            return None
        sys.exit(f"school demo: {method} {path} as {user} answered {e.code}: {e.read().decode()}")


def years_ago(years, months=0):
    day = TODAY.replace(year=TODAY.year - years) if not (TODAY.month == 2 and TODAY.day == 29) \
        else TODAY.replace(year=TODAY.year - years, day=28)
    return (day - datetime.timedelta(days=30 * months)).isoformat()


def days_ago(days):
    return (TODAY - datetime.timedelta(days=days)).isoformat()


def pupil(name, grade, age, guardian, request, category, source="QUESTIONNAIRE", **more):
    mentee = {"fullName": name, "kind": "PUPIL", "birthDate": years_ago(age, 3), "grade": grade,
              "guardianName": guardian, "guardianContact": f"+7 900 {100 + sum(map(ord, name)) % 900}-12-34",
              "request": request, "requestCategory": category, "source": source, "enteredAt": days_ago(80),
              "organisation": "МАОУ «Средняя общеобразовательная школа № 1»",
              "availableTime": "вторник и четверг после 15:00"}
    mentee.update(more)
    return mentee


def teacher(name, age, position, subject, years, request, category, source="SELF_APPLICATION", **more):
    mentee = {"fullName": name, "kind": "TEACHER", "birthDate": years_ago(age, 5), "position": position,
              "subject": subject, "experienceYears": years, "request": request, "requestCategory": category,
              "source": source, "enteredAt": days_ago(85), "organisation": "МАОУ «Средняя общеобразовательная школа № 1»",
              "contact": name.split()[0].lower().replace("ё", "е") + "@school1.example.ru",
              "availableTime": "понедельник, среда после 16:00"}
    mentee.update(more)
    return mentee


# The mentees of school 1. `consent`: who signed the processing consent (None: none yet; "withdrawn": signed and
# withdrawn); `distribution`: also a distribution consent (publication of the pair's case).
SCHOOL1 = [
    (pupil("Смирнов Артём Игоревич", "7А", 13, "Смирнова Ольга Петровна", "Русский язык: смысловое чтение и "
           "функциональная грамотность, научиться видеть свои успехи (формирующее оценивание)",
           "Функциональная грамотность", poorResults=True), {"consent": "GUARDIAN"}),
    (pupil("Кузьмина Виктория Сергеевна", "8Б", 14, "Кузьмин Сергей Алексеевич", "Подготовка к ГИА: ОГЭ по "
           "русскому языку, сочинение-рассуждение", "exam"),
     {"consent": "GUARDIAN", "coSign": True, "distribution": True}),
    (pupil("Орлов Денис Андреевич", "5В", 11, "Орлова Наталья Викторовна", "Адаптация после перехода из другой школы",
           "school_life", source="TEACHER_NOMINATION"), {"consent": None}),
    (pupil("Белова Ксения Романовна", "9А", 15, "Белов Роман Олегович", "Выбор профиля 10 класса",
           "career"), {"consent": "withdrawn"}),
    (pupil("Волков Матвей Ильич", "6Б", 12, "Волкова Ирина Сергеевна", "Дисциплина на уроках, включение в школьную жизнь",
           "school_life", source="PSYCHOLOGIST_NOMINATION", behaviour=True), {"consent": "GUARDIAN"}),
    (pupil("Зуева Алиса Дмитриевна", "10А", 16, "Зуев Дмитрий Павлович", "Инженерные профессии, "
           "проектная деятельность", "career", source="SELF_APPLICATION"), {"consent": "GUARDIAN", "coSign": True}),
    (pupil("Миронов Глеб Павлович", "7Б", 13, "Миронова Елена Андреевна", "Повышение успеваемости по физике",
           "results", poorResults=True), {"consent": "GUARDIAN"}),
    (pupil("Тихонова Ева Максимовна", "11А", 17, "Тихонов Максим Игоревич", "Исследовательский проект по биологии "
           "для конференции", "projects", source="SELF_APPLICATION"),
     {"consent": "GUARDIAN", "coSign": True, "distribution": True}),
    (pupil("Лебедев Тимофей Артёмович", "8А", 14, "Лебедева Анна Викторовна", "Психолого-педагогическая поддержка "
           "в трудный период", "support", source="PSYCHOLOGIST_NOMINATION", difficultSituation=True, supportNeeds=True),
     {"consent": "GUARDIAN"}),
    (pupil("Фролова Мария Евгеньевна", "9Б", 15, "Фролова Светлана Игоревна", "Олимпиадная подготовка по математике",
           "gifted"), {"consent": "GUARDIAN", "coSign": True}),
    (teacher("Новикова Полина Андреевна", 24, "учитель русского языка и литературы", "русский язык", 1,
             "Молодой специалист: формирующее оценивание, проверка сочинений", "assessment"), {"consent": "SELF"}),
    (teacher("Гаврилов Илья Сергеевич", 23, "учитель химии", "химия", 0, "Первый год в школе: организация "
             "современного урока, лабораторные работы, работа с классом", "adaptation", source="CURATOR"),
     {"consent": "SELF"}),
    (teacher("Ефимова Дарья Олеговна", 26, "учитель математики", "математика", 2, "Организация современного урока "
             "математики в 5–6 классах", "methods"), {"consent": "SELF"}),
    (teacher("Лаптева Марина Викторовна", 27, "учитель английского языка", "английский язык", 3,
             "Классное руководство: первый свой класс", "class_management", source="TEACHER_NOMINATION"),
     {"consent": "SELF"}),
    ({"fullName": "Соколова Анастасия Игоревна", "kind": "STUDENT", "birthDate": years_ago(20, 2),
      "organisation": "Томский государственный педагогический университет, 3 курс", "subject": "начальные классы",
      "contact": "sokolova.a@student.example.ru", "request": "Педагогическая практика: проведение первых уроков "
      "в начальной школе", "requestCategory": "methods", "source": "SELF_APPLICATION", "enteredAt": days_ago(60),
      "availableTime": "пятница"}, {"consent": "SELF"}),
]

SCHOOL2 = [
    (pupil("Егоров Максим Денисович", "9Б", 15, "Егорова Татьяна Ивановна", "Подготовка к ОГЭ по физике", "exam",
           organisation="МАОУ «Гимназия № 2»"), {"consent": "GUARDIAN", "coSign": True}),
    (teacher("Кравцова Алёна Николаевна", 25, "учитель начальных классов", "начальные классы", 1,
             "Адаптация в коллективе, работа с родителями", "adaptation", organisation="МАОУ «Гимназия № 2»",
             contact="kravtsova@school2.example.ru"), {"consent": "SELF"}),
]


def programme(curator, title, forms, curators, goals, overdue_left=1):
    """The current year's programme with its roadmap; past deadlines done, all but `overdue_left` of them."""
    current = call("GET", "/api/programmes/current", curator, tolerate=(404,))
    if current:
        return current, False
    created = call("POST", "/api/programmes", curator, {"schoolYear": YEAR, "title": title, "forms": forms,
                                                         "curators": curators, "goals": goals, "silentAfterWeeks": 3})
    past = [i for s in created["stages"] for i in s["items"] if i["deadline"] < TODAY.isoformat() and not i["doneOn"]]
    for item in past[:max(0, len(past) - overdue_left)]:
        call("POST", f"/api/programmes/{created['id']}/roadmap/{item['id']}/done", curator)
    if not past:
        # early in September nothing is late yet: one activity of the first stage is, to show how it stands out
        call("POST", f"/api/programmes/{created['id']}/roadmap", curator, {
            "stage": 1, "activity": "Согласование программы наставничества с управляющим советом школы",
            "deadline": days_ago(1), "owner": "директор", "expectedResult": "Протокол заседания"})
    return call("GET", "/api/programmes/current", curator), True


def all_mentees(curator):
    found = {}
    for status in ("CANDIDATE", "IN_PAIR", "COMPLETED", "ARCHIVED"):
        for m in call("GET", f"/api/mentees?status={status}", curator)["items"]:
            found[m["fullName"]] = m
    return found


def mentees(curator, people):
    """Each demo mentee created, or brought up to the demo's record when an earlier loader made them briefly."""
    known = all_mentees(curator)
    ids = {}
    for fields, _ in people:
        current = known.get(fields["fullName"])
        if current is None:
            ids[fields["fullName"]] = call("POST", "/api/mentees", curator, fields)["id"]
        else:
            if current.get("birthDate") is None:
                call("PUT", f"/api/mentees/{current['id']}", curator, fields)
            ids[fields["fullName"]] = current["id"]
    return ids


def consents(curator, people, ids):
    recorded = 0
    for fields, plan in people:
        mentee = ids[fields["fullName"]]
        on_record = call("GET", f"/api/mentees/{mentee}/consents", curator)["items"]
        kinds = {c["kind"] for c in on_record}
        signer = fields.get("guardianName") if fields["kind"] == "PUPIL" else fields["fullName"]
        if plan["consent"] and "PROCESSING" not in kinds:
            signed_by = "GUARDIAN" if plan["consent"] in ("GUARDIAN", "withdrawn") else "SELF"
            consent = call("POST", f"/api/mentees/{mentee}/consents", curator, {
                "kind": "PROCESSING", "signedBy": signed_by, "signerName": signer,
                "coSignedByPupil": bool(plan.get("coSign")), "signedOn": days_ago(75)})
            recorded += 1
            if plan["consent"] == "withdrawn":
                call("POST", f"/api/consents/{consent['id']}/withdraw", curator,
                     {"on": days_ago(10), "reason": "семья переезжает в другой город"})
        if plan.get("distribution") and "DISTRIBUTION" not in kinds:
            call("POST", f"/api/mentees/{mentee}/consents", curator, {
                "kind": "DISTRIBUTION", "signedBy": "GUARDIAN", "signerName": signer,
                "coSignedByPupil": bool(plan.get("coSign")), "signedOn": days_ago(70)})
            recorded += 1
    return recorded


def directory(curator):
    return {m["fullName"]: m for m in call("GET", "/api/directory/mentors", curator)["items"]}


def running_pair_of(pairs, mentee):
    return next((p for p in pairs if p["status"] not in ENDED and any(m["id"] == mentee for m in p["mentees"])), None)


def form_for(mentor, kind, programme_forms):
    """The form the pair works in: one the mentor leads and the programme runs, for this kind of mentee."""
    side = {"PUPIL": "_PUPIL", "TEACHER": "_TEACHER", "STUDENT": "_STUDENT"}[kind]
    for form in mentor.get("forms") or []:
        if form.endswith(side) and form in programme_forms:
            return form
    return {"PUPIL": "TEACHER_PUPIL", "TEACHER": "TEACHER_TEACHER", "STUDENT": "TEACHER_UNIVERSITY_STUDENT"}[kind]


def pair(curator, mentor, mentees_ids, form, how, variant=None):
    body = {"mentorId": mentor, "menteeIds": mentees_ids, "form": form, "startsOn": PAIRS_START.isoformat(),
            "endsOn": PAIRS_END.isoformat(), "how": how}
    if variant:
        body["variant"] = variant
    return call("POST", "/api/pairs", curator, body)


def matching(curator, ids, programme_forms, names):
    """Questionnaire matching for two pupils at once, the proposals accepted as they are."""
    pairs = call("GET", "/api/pairs", curator)["items"]
    wanted = [ids[n] for n in names if not running_pair_of(pairs, ids[n])]
    if not wanted:
        return []
    proposals = call("POST", "/api/matching/proposals", curator, {"menteeIds": wanted})
    mentors = {m["id"]: m for m in directory(curator).values()}
    made = []
    for item in proposals["items"]:
        form = form_for(mentors.get(item["mentorId"], {}), "PUPIL", programme_forms)
        made.append(pair(curator, item["mentorId"], [item["menteeId"]], form, "MATCHING"))
    for left in proposals["unassigned"]:
        print(f"school demo: matching left {left['menteeName']} without a mentor: {left['why']}")
    return made


def teacher_pair(curator, ids, mentor_name, mentee_name):
    """A young teacher assigned to an experienced teacher of the school, with the labour-law checklist."""
    pairs = call("GET", "/api/pairs", curator)["items"]
    if running_pair_of(pairs, ids[mentee_name]):
        return None
    mentor = directory(curator)[mentor_name]
    made = pair(curator, mentor["id"], [ids[mentee_name]], "TEACHER_TEACHER", "ASSIGNMENT",
                variant="молодой учитель – опытный предметник")
    call("PUT", f"/api/pairs/{made['id']}/labour-checklist", curator, {
        "labourConsentRef": "заявление № 14-н", "labourConsentOn": days_ago(35),
        "agreementNumber": "ДС-7/" + str(START), "agreementOn": days_ago(30),
        "agreementContent": "Наставничество над молодым специалистом: посещение и разбор уроков, помощь в подготовке "
                            "лабораторных работ, консультации по работе с классом",
        "agreementTerm": f"с {PAIRS_START.strftime('%d.%m.%Y')} по {PAIRS_END.strftime('%d.%m.%Y')}",
        "agreementForm": "индивидуальная, очная", "paySupplement": "15 % должностного оклада"})
    return made


def choice_pair(curator, ids, mentor_name, mentee_name):
    """The young teacher chose her mentor from the shortlist; the pair waits for the mentor's answer."""
    pairs = call("GET", "/api/pairs", curator)["items"]
    if running_pair_of(pairs, ids[mentee_name]):
        return None
    mentor = directory(curator)[mentor_name]
    return pair(curator, mentor["id"], [ids[mentee_name]], "TEACHER_TEACHER", "CHOICE")


def login(curator, mentee, email):
    if call("GET", f"/api/mentees/{mentee}/login", curator, tolerate=(404,)):
        return False
    call("POST", f"/api/mentees/{mentee}/login", curator, {"email": email})
    return True


def wait_active(curator, made):
    """The mentor bank takes the seats asynchronously (outbox, Kafka): wait until each pair runs or is refused."""
    deadline = time.time() + 90
    waiting = [p["id"] for p in made if p]
    while waiting and time.time() < deadline:
        states = {i: call("GET", f"/api/pairs/{i}", curator) for i in waiting}
        for i, p in states.items():
            if p["status"] == "REFUSED":
                print(f"school demo: the mentor bank refused {p['mentorName']}: {p.get('refusalReason')}")
        waiting = [i for i, p in states.items() if p["status"] == "AWAITING_CONFIRMATION"]
        if waiting:
            time.sleep(0.5)
    if waiting:
        sys.exit(f"school demo: {len(waiting)} pairs still wait for the mentor bank's seats after 90 s")


def main():
    forms1 = ["PUPIL_PUPIL", "TEACHER_PUPIL", "STUDENT_PUPIL", "TEACHER_TEACHER", "TEACHER_UNIVERSITY_STUDENT"]
    programme1, new1 = programme("curator1", "Программа наставничества «Вместе к успеху»", forms1,
                                 ["Смирнова Ирина Викторовна", "Попов Игорь Валентинович"],
                                 "Адаптация молодых педагогов, повышение успеваемости и раскрытие способностей "
                                 "обучающихся, профессиональная ориентация старшеклассников")
    call("PUT", "/api/school-profile", "curator1", {
        "fullName": "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»",
        "shortName": "МАОУ СОШ № 1", "directorName": "Григорьев Павел Николаевич",
        "address": "634050, г. Томск, ул. Ленина, д. 10"})
    titles = {c["title"] for c in call("GET", "/api/request-categories", "curator1")["items"]}
    for title in ("Функциональная грамотность", "Работа с родителями"):
        if title not in titles:
            call("POST", "/api/request-categories", "curator1", {"title": title})
    ids = mentees("curator1", SCHOOL1)
    recorded = consents("curator1", SCHOOL1, ids)
    call("PUT", "/api/matching/weights", "curator1", {"strengths": 40, "form": 15, "subject": 15, "age": 10,
                                                      "time": 10, "capacity": 5, "ownSchool": 5})
    made = matching("curator1", ids, [f["code"] for f in programme1["forms"]],
                    ["Смирнов Артём Игоревич", "Кузьмина Виктория Сергеевна"])
    made.append(teacher_pair("curator1", ids, "Кузнецов Дмитрий Олегович", "Гаврилов Илья Сергеевич"))
    chosen = choice_pair("curator1", ids, "Иванова Мария Сергеевна", "Ефимова Дарья Олеговна")
    linked = login("curator1", ids["Смирнов Артём Игоревич"], "mentee1@mentoring.local")
    # a pupil without a pair yet, who picks her mentor herself on «Выбор наставника»
    login("curator1", ids["Фролова Мария Евгеньевна"], "mentee2@mentoring.local")

    programme("curator2", "Программа наставничества гимназии", ["PUPIL_PUPIL", "TEACHER_PUPIL", "TEACHER_TEACHER"],
              ["Кузнецова Ольга Сергеевна"], "Сопровождение молодых педагогов и подготовка к ГИА")
    call("PUT", "/api/school-profile", "curator2", {"fullName": "Муниципальное автономное общеобразовательное "
                                                                "учреждение «Гимназия № 2»", "shortName": "МАОУ Гимназия № 2",
                                                    "directorName": "Руденко Елена Михайловна",
                                                    "address": "634034, г. Томск, ул. Учебная, д. 5"})
    ids2 = mentees("curator2", SCHOOL2)
    recorded += consents("curator2", SCHOOL2, ids2)

    wait_active("curator1", made)
    pairs = call("GET", "/api/pairs", "curator1")["items"]
    active = sum(1 for p in pairs if p["status"] == "ACTIVE")
    print(f"school demo: programme {YEAR} ({'created' if new1 else 'kept'}), {len(ids)} + {len(ids2)} mentees, "
          f"{recorded} consents recorded now, {len([p for p in made if p])} pairs formed now ({active} active), "
          f"choice pair {'waiting for mentor1' if chosen else 'kept'}, mentee1 {'linked' if linked else 'kept'}")


if __name__ == "__main__":
    main()
