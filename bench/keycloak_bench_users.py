"""Throwaway applicants for the registration benchmarks, in a throwaway realm.

    python3 bench/keycloak_bench_users.py create N TOKENS_FILE   # realm mentoring-bench, users evbench-00001..
    python3 bench/keycloak_bench_users.py methodist              # prints a methodist's token of that realm
    python3 bench/keycloak_bench_users.py delete                 # removes the realm and everyone in it

A real password hash costs Keycloak ~0.1 s of CPU, and Keycloak re-hashes a cheaper stored password to
its policy on the first login, so the applicants live in a realm of their own whose policy is PBKDF2 with
one iteration (PLATFORM-NOTES). The realm copies what the services read from a token of the `mentoring`
realm (roles, school_id); the benchmark starts its service instance trusting this realm's issuer and keys.
Schools 1-3 are spread over the applicants; tokens are fetched before the burst.
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
SOURCE_REALM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "deploy", "keycloak", "mentoring-realm.json")
REALM = "mentoring-bench"
PASSWORD = "bench"
PREFIX = "evbench-"


def admin_token():
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "admin-cli",
                                   "username": os.environ.get("KEYCLOAK_ADMIN", "admin"),
                                   "password": os.environ.get("KEYCLOAK_ADMIN_PASSWORD", "admin")}).encode()
    with urllib.request.urlopen(f"{KEYCLOAK}/realms/master/protocol/openid-connect/token", form) as r:
        return json.load(r)["access_token"]


def admin(method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{KEYCLOAK}/admin/realms{path}", data=data, method=method,
                                     headers={"Authorization": "Bearer " + (token or admin_token()),
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as r:
        text = r.read().decode()
        return json.loads(text) if text else None


def realm():
    with open(SOURCE_REALM, encoding="utf-8") as f:
        source = json.load(f)
    client = next(c for c in source["clients"] if c["clientId"] == "mentoring-cli")
    return {"realm": REALM, "enabled": True, "sslRequired": "none", "accessTokenLifespan": 3600,
            "passwordPolicy": "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)",
            "roles": source["roles"], "components": source["components"], "clients": [client], "users": []}


def person(name, n, roles, school):
    user = {"username": name, "enabled": True, "emailVerified": True, "email": f"{name}@bench.mentoring.local",
            "firstName": "Участник", "lastName": f"Нагрузочный {n}",
            "credentials": [{"type": "password", "value": PASSWORD, "temporary": False}],
            "realmRoles": ["default-roles-mentoring"] + roles}
    if school:
        user["attributes"] = {"school_id": [school]}
    return user


def token(username):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "mentoring-cli", "username": username,
                                   "password": PASSWORD}).encode()
    with urllib.request.urlopen(f"{KEYCLOAK}/realms/{REALM}/protocol/openid-connect/token", form, timeout=60) as r:
        return json.load(r)["access_token"]


def create(count, tokens_file):
    delete(quiet=True)
    t = admin_token()
    admin("POST", "", realm(), t)
    users = [person("evbench-methodist", 0, ["methodist"], None)]
    users += [person(f"{PREFIX}{n:05d}", n, ["mentor"], str(1 + n % 3)) for n in range(1, count + 1)]
    for start in range(0, len(users), 500):
        admin("POST", f"/{REALM}/partialImport", {"ifResourceExists": "SKIP", "users": users[start:start + 500]}, admin_token())
    with ThreadPoolExecutor(max_workers=8) as pool:
        tokens = list(pool.map(token, [f"{PREFIX}{n:05d}" for n in range(1, count + 1)]))
    with open(tokens_file, "w") as f:
        f.write("\n".join(tokens) + "\n")
    print(f"{count} applicants ready in realm {REALM}, tokens in {tokens_file}", file=sys.stderr)


def delete(quiet=False):
    try:
        admin("DELETE", f"/{REALM}")
        if not quiet:
            print(f"realm {REALM} removed", file=sys.stderr)
    except urllib.error.HTTPError as e:
        if e.code != 404:
            raise


if __name__ == "__main__":
    if sys.argv[1] == "create":
        create(int(sys.argv[2]), sys.argv[3])
    elif sys.argv[1] == "methodist":
        print(token("evbench-methodist"))
    elif sys.argv[1] == "delete":
        delete()
    else:
        sys.exit(__doc__)
