"""Demo data of pair work (issue 9, part 2), through the school service's public API with real tokens, on top of
the school programme's demo (school_demo.py): the pairs it formed get their development plans (one task overdue),
meeting logs logged by mentors, the mentee (mentee1) and the curator and confirmed by the other side, a concern on
a pupil's pair; the teacher pair has not met since it started (silent on the curator's board); and three pairs that
ran since early autumn show the ends of pair work: a pupil's pair completed with mutual assessments (its pupil has
a distribution consent: the curator may propose it to the practice library), a teacher pair completed with the
mentor's readiness verdict, a pupil's pair ended early with a reason from the school's list. A task links a
published practice of the library once the school has heard of one. Every step is idempotent (found by name)."""
import datetime
import time

import school_demo as school
from school_demo import call, days_ago

TODAY = school.TODAY
ENDED = school.ENDED


def day(offset):
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


def within(start, on):
    """A meeting's day inside what has passed of the pair's term (early in September the term is young)."""
    return max(start, min(on, TODAY.isoformat()))


def pairs_of(curator):
    return call("GET", "/api/pairs", curator)["items"]


def pair_of(pairs, mentee, statuses=None):
    return next((p for p in pairs if any(m["id"] == mentee for m in p["mentees"])
                 and (statuses is None or p["status"] in statuses)), None)


def free_mentor(curator, taken, kind="TEACHER"):
    """A mentor of the school's directory with a free seat, not among those the demo already uses."""
    mentors = sorted(school.directory(curator).values(),
                     key=lambda m: (m.get("homeSchoolId") != "1", -m.get("freeCapacity", 0), m["fullName"]))
    for m in mentors:
        if m["fullName"] not in taken and m.get("acceptingRequests", True) and m.get("freeCapacity", 0) > 0 \
                and m.get("kind", kind) == kind:
            return m
    raise SystemExit("pair work demo: no mentor with a free seat left in school 1's directory")


def plan(user, pair, goals, difficulties, extra=(), leave_overdue=True, done_until=0):
    """The form's template as the pair's plan: tasks due before `done_until` days ago are done; with
    `leave_overdue`, the last of them stays open — overdue on the curator's board."""
    current = call("GET", f"/api/pairs/{pair['id']}/plan", "curator1")
    if current["saved"]:
        return False
    tasks = []
    for section in current["sections"]:
        for t in section["tasks"]:
            tasks.append({"section": section["code"], "title": t["title"], "dueOn": t["dueOn"],
                          "expectedResult": t.get("expectedResult"), "reportingForm": t.get("reportingForm"),
                          "done": t["dueOn"] < day(-done_until)})
    past = [t for t in tasks if t["done"]]
    if leave_overdue and past:
        past[-1]["done"] = False
    for section, title, due, done in extra:
        tasks.append({"section": section or current["sections"][1]["code"], "title": title, "dueOn": due, "done": done})
    call("PUT", f"/api/pairs/{pair['id']}/plan", user, {"goals": goals, "difficulties": difficulties, "tasks": tasks})
    return True


def meetings(pair, entries):
    """`entries`: (who logs it, day, kind, topic, result, who confirms it or None)."""
    log = call("GET", f"/api/pairs/{pair['id']}/meetings", "curator1")
    if log["held"]:
        return 0
    for user, on, kind, topic, result, confirmer in entries:
        meeting = call("POST", f"/api/pairs/{pair['id']}/meetings", user, {
            "date": on, "kind": kind, "format": "IN_PERSON" if kind != "REGULAR" else "ONLINE", "topic": topic,
            "result": result, "durationMinutes": 45})
        if confirmer:
            call("POST", f"/api/pairs/{pair['id']}/meetings/{meeting['id']}/confirmation", confirmer)
    return len(entries)


def ended_pair(curator, ids, mentee, form, starts, ends, taken, kind="TEACHER"):
    """A pair that ran since early autumn: found by its mentee, else formed now with a start in the past."""
    pairs = pairs_of(curator)
    found = pair_of(pairs, ids[mentee])
    if found:
        return found, False
    mentor = free_mentor(curator, taken, kind)
    taken.add(mentor["fullName"])
    made = call("POST", "/api/pairs", curator, {"mentorId": mentor["id"], "menteeIds": [ids[mentee]], "form": form,
                                                "startsOn": starts, "endsOn": ends, "how": "ASSIGNMENT"})
    school.wait_active(curator, [made])
    return call("GET", f"/api/pairs/{made['id']}", curator), True


def link_practice(pair):
    """A task of the pair's plan links a published practice of the library, once the school has heard of one."""
    deadline = time.time() + 30
    practices = []
    while not practices and time.time() < deadline:
        practices = call("GET", "/api/library-practices", "curator1")["items"]
        if not practices:
            time.sleep(1)
    current = call("GET", f"/api/pairs/{pair['id']}/plan", "curator1")
    tasks = [dict(t, section=s["code"]) for s in current["sections"] for t in s["tasks"]]
    if not practices or any(t.get("practiceId") for t in tasks) or not tasks:
        return False
    open_tasks = [t for t in tasks if not t["done"]] or tasks
    open_tasks[0]["practiceId"] = practices[0]["id"]
    for t in tasks:
        for key in ("overdue", "doneOn", "practiceTitle"):
            t.pop(key, None)
    call("PUT", f"/api/pairs/{pair['id']}/plan", "curator1", {"goals": current.get("goals"),
                                                             "difficulties": current.get("difficulties"), "tasks": tasks})
    return True


def main():
    ids = {m["fullName"]: m["id"] for m in school.all_mentees("curator1").values()}
    pairs = pairs_of("curator1")
    running = {name: pair_of(pairs, ids[name], ("ACTIVE",)) for name in
               ("Смирнов Артём Игоревич", "Кузьмина Виктория Сергеевна", "Гаврилов Илья Сергеевич")}
    told = []

    artem = running["Смирнов Артём Игоревич"]
    if artem:
        start = artem["startsOn"]
        # mentor2 of school 2 keeps the plan of a school-1 pupil he knows as «Артём, 7А»
        mentor = "mentor2" if artem["mentorName"] == "Петров Алексей Викторович" else "curator1"
        if plan(mentor, artem, "Уверенное смысловое чтение; видеть свои успехи", "Читает медленно, теряется в "
                "длинных текстах", extra=[(None, "Прочитать повесть и составить план пересказа", within(start, day(-1)),
                                          False)]):
            told.append("plan of Артём's pair (one task overdue)")
        first = within(start, (datetime.date.fromisoformat(start) + datetime.timedelta(days=2)).isoformat())
        second = within(start, (datetime.date.fromisoformat(start) + datetime.timedelta(days=9)).isoformat())
        logged = meetings(artem, [
            (mentor, first, "ACQUAINTANCE", "Знакомство, правила работы пары", "Договорились встречаться по вторникам",
             "mentee1"),
            (mentor, second, "PLANNING", "План на четверть", "Составлен план чтения", "curator1"),
            ("mentee1", within(start, day(-3)), "REGULAR", "Разбор текста ВПР", "Нашёл главную мысль сам", None)])
        if logged:
            call("POST", f"/api/pairs/{artem['id']}/concerns", "curator1",
                 {"text": "Пропустил две консультации подряд: поговорить с классным руководителем"})
            told.append(f"{logged} meetings of Артём's pair (one waits for the mentor), a concern")

    vika = running["Кузьмина Виктория Сергеевна"]
    if vika:
        if plan("curator1", vika, "ОГЭ по русскому языку на «5»", "Сочинение-рассуждение: аргументы из текста",
                leave_overdue=False):
            told.append("plan of Виктория's pair")
        start = datetime.date.fromisoformat(vika["startsOn"])
        logged = meetings(vika, [
            ("curator1", within(vika["startsOn"], (start + datetime.timedelta(days=3)).isoformat()), "ACQUAINTANCE",
             "Знакомство", "Цели на год", None),
            ("curator1", within(vika["startsOn"], (start + datetime.timedelta(days=10)).isoformat()), "TRIAL",
             "Пробное сочинение", "Разобраны ошибки в аргументах", None),
            ("curator1", within(vika["startsOn"], day(-6)), "REGULAR", "Сочинение 9.2", "Аргументы из текста найдены верно", None)])
        if logged:
            told.append(f"{logged} meetings of Виктория's pair")
        if link_practice(vika):
            told.append("a task of Виктория's plan links a library practice")

    ilya = running["Гаврилов Илья Сергеевич"]
    if ilya and plan("curator1", ilya, "Самостоятельно вести уроки химии в 8–9 классах",
                     "Лабораторные работы, дисциплина на уроке", leave_overdue=False):
        # the teacher pair has not met since it started: silent on the board
        told.append("plan of the teacher pair (no meetings: silent)")

    taken = {"Иванова Мария Сергеевна", "Петров Алексей Викторович", "Кузнецов Дмитрий Олегович"}
    taken.update(p["mentorName"] for p in pairs if p["status"] not in ENDED)

    eva, new = ended_pair("curator1", ids, "Тихонова Ева Максимовна", "TEACHER_PUPIL", day(-100), day(30), taken)
    if eva["status"] == "ACTIVE":
        plan("curator1", eva, "Исследовательский проект по биологии к городской конференции",
             "Не хватает опыта постановки эксперимента", leave_overdue=False, done_until=-30)
        meetings(eva, [
            ("curator1", day(-95), "ACQUAINTANCE", "Знакомство, тема проекта", "Выбрана тема о водорослях", None),
            ("curator1", day(-80), "PLANNING", "План исследования", "План эксперимента", None),
            ("curator1", day(-50), "REGULAR", "Эксперимент в лаборатории", "Получены первые данные", None),
            ("curator1", day(-20), "REGULAR", "Подготовка доклада", "Доклад готов", None),
            ("curator1", day(-7), "FINAL", "Итоговая встреча", "Проект защищён на конференции", None)])
        call("POST", f"/api/pairs/{eva['id']}/completion", "curator1", {
            "results": "Исследовательский проект защищён на городской конференции (диплом II степени); наставляемая "
                       "освоила постановку эксперимента и оформление работы",
            "mentorScore": 9, "mentorText": "Самостоятельная, доводит начатое до конца",
            "menteeScore": 10, "menteeText": "Было интересно, хочу продолжить исследования", "decision": "STOP"})
        told.append("Ева's pair completed with assessments")

    polina, _ = ended_pair("curator1", ids, "Новикова Полина Андреевна", "TEACHER_TEACHER", day(-150), day(20), taken)
    if polina["status"] == "ACTIVE":
        plan("curator1", polina, "Формирующее оценивание на уроках русского языка", "Проверка сочинений занимает "
             "слишком много времени", leave_overdue=False, done_until=-20)
        meetings(polina, [
            ("curator1", day(-145), "ACQUAINTANCE", "Знакомство", "Определены затруднения", None),
            ("curator1", day(-120), "PLANNING", "Персонализированная программа", "Программа согласована", None),
            ("curator1", day(-60), "REGULAR", "Взаимопосещение уроков", "Разобраны два урока", None),
            ("curator1", day(-10), "FINAL", "Итоги полугодия", "Открытый урок проведён", None)])
        call("POST", f"/api/pairs/{polina['id']}/completion", "curator1", {
            "results": "Проведён открытый урок с приёмами формирующего оценивания; критерии проверки сочинений "
                       "применяются в 5–7 классах", "mentorScore": 8, "mentorText": "Растёт быстро, нужна поддержка "
                       "в работе с родителями", "decision": "STOP", "readiness": "READY_WITH_SUPPORT"})
        told.append("the teacher pair of Полина completed with the readiness verdict")

    matvey, _ = ended_pair("curator1", ids, "Волков Матвей Ильич", "TEACHER_PUPIL", day(-60), day(120), taken)
    if matvey["status"] == "ACTIVE":
        meetings(matvey, [("curator1", day(-55), "ACQUAINTANCE", "Знакомство", "Контакт не сложился", None)])
        call("POST", f"/api/pairs/{matvey['id']}/termination", "curator1", {
            "initiator": "MENTEE", "reason": "MISMATCH", "comment": "Подобрать другого наставника после каникул"})
        told.append("Матвей's pair ended early")

    board = call("GET", "/api/oversight", "curator1")
    overdue = sum(r["overdueTasks"] for r in board["items"])
    silent = sum(1 for r in board["items"] if r["silent"])
    print(f"pair work demo: {', '.join(told) or 'already loaded'}; the board shows {overdue} overdue task(s) and "
          f"{silent} silent pair(s)")


if __name__ == "__main__":
    main()
