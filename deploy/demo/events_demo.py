"""Demo data of the events service: events of every kind across the year, registrations with a waiting
list and a promotion, caps, approval, teams, custom questions, a network project's round table, yearly
series with earlier years' figures, check-ins and certificates of today's workshop, a competition
run with two experts to its awards, and one whose experts' sheets wait for them. Loaded through the
public API as the demo users; idempotent (skipped when the catalogue already holds the demo's events)."""
import datetime
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from zoneinfo import ZoneInfo

KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
EVENTS = os.environ.get("EVENTS_URL", "http://127.0.0.1:8083")
MENTOR_BANK = os.environ.get("MENTOR_BANK_URL", "http://127.0.0.1:8081")
ZONE = ZoneInfo("Europe/Moscow")
MARK = "Семинар «Формирующее оценивание в наставнической паре»"
TOKENS = {}


def token(user):
    if user not in TOKENS:
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "mentoring-cli",
                                       "username": user, "password": "demo"}).encode()
        with urllib.request.urlopen(f"{KEYCLOAK}/realms/mentoring/protocol/openid-connect/token", form) as r:
            TOKENS[user] = json.load(r)["access_token"]
    return TOKENS[user]


def call(method, path, user, body=None, base=EVENTS, tolerate=()):
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
        sys.exit(f"events demo: {method} {path} answered {e.code}: {e.read().decode()}")


def at(day, hour=10, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), ZONE).astimezone(datetime.timezone.utc)


def iso(moment):
    return moment.isoformat().replace("+00:00", "Z")


def event(title, kind, day, hours=3, capacity=60, fmt="IN_PERSON", venue="ИМЦ, ул. Ленина, 20, актовый зал", **extra):
    start = at(day, extra.pop("hour", 10))
    body = {"title": title, "kind": kind, "format": fmt, "startsAt": iso(start),
            "endsAt": iso(start + datetime.timedelta(hours=hours)), "capacity": capacity}
    if fmt != "ONLINE":
        body["venue"] = venue
    if fmt != "IN_PERSON":
        body["onlineUrl"] = "https://vk.com/video/mentoring-imc"
    body.update(extra)
    return body


def main():
    if any(e["title"] == MARK for e in call("GET", "/api/events", "methodist")["items"]):
        print("events demo: the catalogue already holds the demo events, nothing loaded")
        return
    now = datetime.datetime.now(ZONE)
    today = now.date()
    year = today.year

    # a seminar that fills up: a waiting list, then a cancellation promotes the first in line
    seminar = call("POST", "/api/events", "methodist", event(MARK, "SEMINAR", today + datetime.timedelta(days=9),
        capacity=3, description="Практикум для пар «опытный педагог — молодой специалист»: критерии, обратная связь, лист наблюдения."))
    for user in ["mentor1", "curator1", "curator2", "curator3", "expert1"]:
        call("POST", f"/api/events/{seminar['id']}/registrations", user, {})
    call("DELETE", f"/api/events/{seminar['id']}/registrations/me", "curator1")

    # a conference with a cap per school and the organiser's own questions
    conference = call("POST", "/api/events", "methodist", event("Муниципальная конференция «Наставничество: от пары к сети»",
        "CONFERENCE", today + datetime.timedelta(days=110), hours=6, capacity=120, fmt="HYBRID", schoolCap=2,
        fields=[{"code": "topic", "label": "Тема выступления (если выступаете)", "type": "TEXT"},
                {"code": "section", "label": "Секция", "type": "CHOICE", "required": True,
                 "options": ["Наставничество педагогов", "Ученическое наставничество", "Сетевые проекты"]},
                {"code": "speaker", "label": "Планирую выступить", "type": "YES_NO"}]))
    call("POST", f"/api/events/{conference['id']}/registrations", "curator1",
         {"answers": {"section": "Сетевые проекты", "speaker": "да", "topic": "Общий пул наставников двух школ"}})
    call("POST", f"/api/events/{conference['id']}/registrations", "mentor1", {"answers": {"section": "Наставничество педагогов"}})
    call("POST", f"/api/events/{conference['id']}/registrations", "curator2", {"answers": {"section": "Ученическое наставничество"}})

    # an internship that needs the organiser's approval
    internship = call("POST", "/api/events", "methodist", event("Стажировка «Наставник молодого учителя математики»",
        "INTERNSHIP", today + datetime.timedelta(days=30), hours=5, capacity=8, requiresApproval=True,
        venue="Школа № 2, каб. 305"))
    call("POST", f"/api/events/{internship['id']}/registrations", "curator1", {})
    approved = call("POST", f"/api/events/{internship['id']}/registrations", "curator3", {})
    call("POST", f"/api/events/{internship['id']}/registrations/{approved['id']}/approve", "methodist", {})
    # the internship moves a day later to another room: everyone who applied is told (portal and mail)
    moved_start = at(today + datetime.timedelta(days=31))
    call("PUT", f"/api/events/{internship['id']}", "methodist", {"title": internship["title"],
        "description": internship.get("description"), "format": "IN_PERSON", "venue": "Школа № 2, каб. 210",
        "startsAt": iso(moved_start), "endsAt": iso(moved_start + datetime.timedelta(hours=5))})

    # a webinar cancelled by its organiser: its applicant is told why, the calendar marks it «отменено»
    webinar = call("POST", "/api/events", "methodist", event("Вебинар «Наставник и родители: как договориться»",
        "SEMINAR", today + datetime.timedelta(days=12), hours=2, capacity=100, fmt="ONLINE",
        onlineUrl="https://vk.com/video/imc-webinar"))
    call("POST", f"/api/events/{webinar['id']}/registrations", "mentor1", {})
    call("POST", f"/api/events/{webinar['id']}/cancellation", "methodist",
         {"reason": "Ведущая заболела; вебинар пройдёт в феврале, о новой дате сообщим"})

    # an online intensive and a festival of pupils' group projects (teams of 3-5, grades 5-11)
    call("POST", "/api/events", "methodist", event("Интенсив «Цифровые инструменты наставника»", "INTENSIVE",
        today + datetime.timedelta(days=45), hours=4, capacity=200, fmt="ONLINE"))
    festival = call("POST", "/api/events", "methodist", event("Фестиваль групповых проектов обучающихся «Вместе к цели»",
        "PROJECT_FESTIVAL", today + datetime.timedelta(days=160), hours=6, capacity=12, audience=["PUPIL_TEAM"],
        teamMin=3, teamMax=5, gradeMin=5, gradeMax=11, venue="Дворец творчества детей и молодёжи"))
    call("POST", f"/api/events/{festival['id']}/registrations", "curator1",
         {"team": {"name": "Эко-патруль", "grades": [7, 7, 8, 8], "leader": "Иванова Мария Сергеевна"}})
    call("POST", f"/api/events/{festival['id']}/registrations", "curator2", {"team": {"name": "Юные краеведы", "grades": [6, 6, 7]}})

    # a school's own open lessons and a network project's round table
    call("POST", "/api/events", "curator2", event("Открытые уроки молодых педагогов школы № 2", "OPEN_LESSONS",
        today + datetime.timedelta(days=20), hours=4, capacity=25, venue="Школа № 2"))
    try:
        projects = call("GET", "/api/network-projects", "curator1", base=MENTOR_BANK, tolerate=(403, 404)) or {"items": []}
    except urllib.error.URLError:
        projects = {"items": []}
        print("events demo: the mentor bank is not answering; the network project's round table is left out")
    for project in projects["items"][:1]:
        call("POST", "/api/events", "curator1", event(f"Круглый стол сетевого проекта «{project['name']}»", "ROUND_TABLE",
            today + datetime.timedelta(days=14), hours=2, capacity=30, venue="Школа № 1, библиотека",
            organiser="NETWORK_PROJECT", networkProjectId=project["id"], networkProjectName=project["name"],
            memberSchoolIds=project["memberSchools"]))

    # yearly series: Mentor Day on the first Wednesday of March, the festival of open lessons in March's last week
    next_march = year if today < datetime.date(year, 3, 1) else year + 1
    mentor_day = event("День наставника «Я — профессионал»", "MENTOR_DAY", datetime.date(next_march, 3, 4), hours=5,
        capacity=150, opensAt=iso(at(today) - datetime.timedelta(hours=1)))
    series = call("POST", "/api/event-series", "methodist", {"event": mentor_day, "year": next_march,
        "recurrence": {"rule": "NTH_WEEKDAY", "month": 3, "weekday": "WEDNESDAY", "ordinal": 1}})
    for past, participants, schools in [(next_march - 2, 86, 11), (next_march - 1, 104, 14)]:
        call("POST", f"/api/event-series/{series['id']}/history", "methodist",
             {"year": past, "participants": participants, "schools": schools})
    day_event = series["instances"][0]["id"]
    for user in ["mentor1", "curator1", "curator2", "curator3"]:
        call("POST", f"/api/events/{day_event}/registrations", user, {})
    lessons = event("Фестиваль открытых уроков наставников", "OPEN_LESSONS", datetime.date(next_march, 3, 23), hours=6,
        capacity=80, opensAt=iso(at(today) - datetime.timedelta(hours=1)))
    lessons_series = call("POST", "/api/event-series", "methodist", {"event": lessons, "year": next_march,
        "recurrence": {"rule": "LAST_WEEK", "month": 3}})
    call("POST", f"/api/event-series/{lessons_series['id']}/history", "methodist",
         {"year": next_march - 1, "participants": 61, "schools": 9})

    # today's workshop: arrivals checked in, certificates ready
    workshop_start = now + datetime.timedelta(hours=3)
    workshop = call("POST", "/api/events", "methodist", {"title": "Практикум «Школа наставника»", "kind": "SEMINAR",
        "format": "IN_PERSON", "venue": "ИМЦ, ауд. 12", "startsAt": iso(workshop_start.astimezone(datetime.timezone.utc)),
        "endsAt": iso((workshop_start + datetime.timedelta(hours=2)).astimezone(datetime.timezone.utc)), "capacity": 20})
    codes = {}
    for user in ["mentor1", "curator2", "curator3"]:
        codes[user] = call("POST", f"/api/events/{workshop['id']}/registrations", user, {})["checkInCode"]
    for user in ["mentor1", "curator2"]:
        call("POST", f"/api/events/{workshop['id']}/check-ins", "methodist", {"code": codes[user]})

    competition(today)
    print("events demo: events of every kind across the year, registrations with a waiting list and a promotion, "
          "a moved internship and a cancelled webinar with their applicants told, series with dynamics, "
          "today's check-ins and certificates, a competition judged by two experts, one waiting for their sheets")


def competition(today):
    def stages(offset):
        return [{"stage": s, "deadline": (today + datetime.timedelta(days=offset + 7 * i)).isoformat()}
                for i, s in enumerate(["ACCEPTANCE", "TECHNICAL_CHECK", "CORRESPONDENCE", "IN_PERSON"])]

    done = call("POST", "/api/competitions", "methodist", {"event": event("Конкурс «Педагог-наставник» — муниципальный этап",
        "COMPETITION", today + datetime.timedelta(days=35), hours=6, capacity=100), "stages": stages(1)})
    cid = done["id"]
    entries = enter(cid, [
        ("curator1", "Пара «учитель — молодой специалист»: взаимопосещение уроков", "Лучшие практики наставничества"),
        ("curator2", "Наставник года: сопровождение трёх молодых педагогов", "Наставник года"),
        ("curator3", "Проектная команда «Юные инженеры» и её наставник", "Лучшие практики наставничества"),
        ("curator1", "Лучшая пара: от первого урока к открытому", "Лучшая пара")])
    to_correspondence_with_jury(cid, entries)
    criteria = call("GET", f"/api/competitions/{cid}", "methodist")["criteria"]
    points = {"expert1": [9, 7, 8, 6], "expert3": [8, 9, 7, 7]}

    def score(stage):
        for user in ["expert1", "expert3"]:
            for task in call("GET", "/api/me/expert-tasks", user)["items"]:
                if task["competitionId"] != cid or task["done"]:
                    continue
                n = list(entries.values()).index(task["entryId"])
                sheet = [{"criterionId": c["id"], "points": points[user][n] - (1 if stage == "IN_PERSON" and n else 0)}
                         for c in criteria if c["stage"] == stage]
                call("PUT", f"/api/competitions/{cid}/entries/{task['entryId']}/scores", user,
                     {"scores": sheet, "comment": "Практика описана полно, результаты подтверждены."})

    score("CORRESPONDENCE")
    call("POST", f"/api/competitions/{cid}/advance", "methodist", {"top": 3})
    score("IN_PERSON")
    call("POST", f"/api/competitions/{cid}/advance", "methodist", {})
    call("POST", f"/api/competitions/{cid}/results", "methodist", {})

    # a second competition still open for entries, with one entry waiting
    open_one = call("POST", "/api/competitions", "methodist", {"event": event("Конкурс «Лучшие практики наставничества»",
        "COMPETITION", today + datetime.timedelta(days=60), hours=5, capacity=100), "stages": stages(14)})
    call("POST", f"/api/competitions/{open_one['id']}/entries", "mentor1", {"title": "Наставничество «ученик — ученик» в 5 классе",
        "nomination": "Лучшие практики наставничества", "summary": "Как старшеклассники помогают пятиклассникам войти в школу."})

    # a third one in its correspondence stage: the experts' sheets wait for them (the expert's home page lists them)
    judging = call("POST", "/api/competitions", "methodist", {"event": event("Конкурс «Наставник года»",
        "COMPETITION", today + datetime.timedelta(days=45), hours=5, capacity=100), "stages": stages(7)})
    to_correspondence_with_jury(judging["id"], enter(judging["id"], [
        ("curator2", "Наставник молодых педагогов: три года адаптации без ухода из профессии", "Наставник года"),
        ("curator3", "Наставник проектной команды: от идеи до городской конференции", "Наставник года")]))


def enter(cid, items):
    """Entries by the curators (school, title, nomination), each with a summary and a link to its materials."""
    entries = {}
    for curator, title, nomination in items:
        entries[title] = call("POST", f"/api/competitions/{cid}/entries", curator, {"title": title, "nomination": nomination,
            "summary": "Цели, план работы пары, методы (взаимопосещение, совместное планирование), результаты и их подтверждение.",
            "materialsUrl": "https://disk.example.ru/konkurs/" + str(len(entries) + 1)})["id"]
    return entries


def to_correspondence_with_jury(cid, entries):
    """Every entry admitted at the technical check, then expert1 and expert3 judging each entry not of their own school."""
    call("POST", f"/api/competitions/{cid}/advance", "methodist", {})
    for entry in entries.values():
        call("POST", f"/api/competitions/{cid}/entries/{entry}/check", "methodist", {"admitted": True})
    call("POST", f"/api/competitions/{cid}/advance", "methodist", {})
    for expert in ["expert1", "expert3"]:
        call("POST", f"/api/competitions/{cid}/experts", expert, {})
    jury = call("GET", f"/api/competitions/{cid}/experts", "methodist")["items"]
    schools = {e["id"]: e["schoolId"] for e in call("GET", f"/api/competitions/{cid}/entries", "methodist")["items"]}
    for entry in entries.values():
        for juror in jury:
            if juror.get("schoolId") != schools[entry]:
                call("POST", f"/api/competitions/{cid}/assignments", "methodist", {"entryId": entry, "expertSubject": juror["subject"]})


if __name__ == "__main__":
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(EVENTS + "/health", timeout=5)
            break
        except Exception:
            if time.time() > deadline:
                sys.exit("events demo: the events service is not answering")
            time.sleep(1)
    main()
