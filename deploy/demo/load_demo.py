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


def token(user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "mentoring-cli",
                                   "username": user, "password": "demo"}).encode()
    with urllib.request.urlopen(f"{KEYCLOAK}/realms/mentoring/protocol/openid-connect/token", form) as r:
        return json.load(r)["access_token"]


def call(method, url, user, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": "Bearer " + token(user), "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit(f"demo data: {method} {url} answered {e.code}: {e.read().decode()}")


def main():
    with open(os.path.join(HERE, "mentors.json"), encoding="utf-8") as f:
        mentors = json.load(f)
    if call("GET", f"{MENTOR_BANK}/api/mentors", "methodist")["items"]:
        print("demo data: the mentor bank already holds mentors, nothing loaded")
        return
    for mentor in mentors:
        call("POST", f"{MENTOR_BANK}/api/mentors", "methodist", mentor)
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
            print(f"demo data: {len(mentors)} mentors loaded; school 3 sees {len(seen)} in its directory")
            return
        time.sleep(0.5)
    sys.exit("demo data: the school directory did not catch up with the mentor bank within 60 s")


if __name__ == "__main__":
    main()
