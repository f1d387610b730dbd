"""Demo data for ./run.sh, loaded through the public APIs with the demo users' real tokens."""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
MENTOR_BANK = os.environ.get("MENTOR_BANK_URL", "http://127.0.0.1:8081")
SCHOOL = os.environ.get("SCHOOL_URL", "http://127.0.0.1:8082")
HERE = os.path.dirname(os.path.abspath(__file__))


TOKENS = {}


def token(user):
    if user in TOKENS:
        return TOKENS[user]
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "mentoring-cli",
                                   "username": user, "password": "demo"}).encode()
    with urllib.request.urlopen(f"{KEYCLOAK}/realms/mentoring/protocol/openid-connect/token", form) as r:
        TOKENS[user] = json.load(r)["access_token"]
        return TOKENS[user]


def call(method, url, user, body=None, tolerate=()):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": "Bearer " + token(user), "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        if e.code in tolerate:
            return None
        sys.exit(f"demo data: {method} {url} answered {e.code}: {e.read().decode()}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def main():
    mentors = load("mentors.json")
    network = load("network.json")
    if call("GET", f"{MENTOR_BANK}/api/mentors", "methodist")["items"]:
        print("demo data: the mentor bank already holds mentors, nothing loaded")
        return
    for school in network["schools"]:
        call("POST", f"{MENTOR_BANK}/api/schools", "methodist", school, tolerate=(409,))
    created = [call("POST", f"{MENTOR_BANK}/api/mentors", "methodist", mentor) for mentor in mentors]
    project = call("POST", f"{MENTOR_BANK}/api/network-projects", "methodist", network["project"])
    for agreement in network["agreements"]:
        call("POST", f"{MENTOR_BANK}/api/network-projects/{project['id']}/agreements", "methodist", agreement)
    members = {network["project"]["leadSchoolId"]} | {a["schoolId"] for a in network["agreements"]}
    for mentor in created:
        if mentor["visibility"] == "NETWORK" and mentor.get("homeSchoolId") in members:
            call("POST", f"{MENTOR_BANK}/api/network-projects/{project['id']}/pool", "methodist",
                 {"mentorId": mentor["id"]})
        if mentor["visibility"] == "MUNICIPAL" and mentor["kind"] == "TEACHER":
            call("POST", f"{MENTOR_BANK}/api/municipal-mentors", "methodist",
                 {"year": network["schoolYear"], "mentorId": mentor["id"]})
    with open(os.path.join(HERE, "mentees.json"), encoding="utf-8") as f:
        for curator, mentees in json.load(f).items():
            for mentee in mentees:
                call("POST", f"{SCHOOL}/api/mentees", curator, mentee)
    # The directory is fed asynchronously through Kafka: wait until the school sees the bank.
    deadline = time.time() + 60
    municipal = sum(1 for m in mentors if m.get("visibility", "MUNICIPAL") == "MUNICIPAL")
    while time.time() < deadline:
        seen = call("GET", f"{SCHOOL}/api/directory/mentors", "curator3")["items"]
        if len(seen) >= municipal:
            print(f"demo data: {len(network['schools'])} schools, {len(mentors)} mentors, network project "
                  f"«{project['name']}»; school 3 sees {len(seen)} mentors in its directory")
            return
        time.sleep(0.5)
    sys.exit("demo data: the school directory did not catch up with the mentor bank within 60 s")


if __name__ == "__main__":
    main()
