"""Demo data of the practice library, through its public API with the demo users' real tokens: published
practices of three schools (one recommended for competition, one in its second version, files whose text
search finds), ratings, comments and schools using them, bookmarks, a practice under review with two
experts (one sheet in), one waiting for experts, a draft. Idempotent: skipped when the library already
holds the first demo practice."""
import io
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile

KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
PRACTICES = os.environ.get("PRACTICES_URL", "http://127.0.0.1:8084")
HERE = os.path.dirname(os.path.abspath(__file__))
TOKENS = {}
SCORES = {"RELEVANCE": 5, "NOVELTY": 4, "EFFECTIVENESS": 5, "REPLICABILITY": 4, "TARGET_MODEL": 5, "QUALITY": 4}


def token(user):
    if user not in TOKENS:
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "mentoring-cli",
                                       "username": user, "password": "demo"}).encode()
        with urllib.request.urlopen(f"{KEYCLOAK}/realms/mentoring/protocol/openid-connect/token", form) as r:
            TOKENS[user] = json.load(r)["access_token"]
    return TOKENS[user]


def call(method, path, user, body=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(PRACTICES + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token(user), "Content-Type": content_type})
    try:
        with urllib.request.urlopen(request) as r:
            text = r.read()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        sys.exit(f"demo practices: {method} {path} as {user} answered {e.code}: {e.read().decode()}")


def docx(paragraphs):
    """A minimal Word document: search finds its text through Apache Tika."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>")
    return out.getvalue()


def upload(practice_id, user, name, content):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return call("POST", f"/api/practices/{practice_id}/files", user, raw=body,
                content_type=f"multipart/form-data; boundary={boundary}")


def review(practice_id, sheets_from=("expert1", "expert2")):
    call("POST", f"/api/practices/{practice_id}/review/experts", "methodist", {"experts": ["expert1", "expert2"]})
    for expert in sheets_from:
        call("PUT", f"/api/practices/{practice_id}/review/sheet", expert,
             {"scores": SCORES, "comment": "Практика описана полно, результаты подтверждены данными", "submit": True})


def main():
    demo = json.load(open(os.path.join(HERE, "practices.json"), encoding="utf-8"))
    first = demo["published"][0]
    mine = call("GET", "/api/practices/mine", first["by"])["items"]
    if any(p["title"] == first["body"]["title"] for p in mine):
        print("demo practices: the library already holds the demo practices, nothing loaded")
        return
    published = []
    for p in demo["published"]:
        created = call("POST", "/api/practices", p["by"], p["body"])
        if "file" in p:
            upload(created["id"], p["by"], p["file"]["name"], docx(p["file"]["paragraphs"]))
        review(created["id"])
        call("POST", f"/api/practices/{created['id']}/review/publish", "methodist")
        if p.get("recommended"):
            call("PUT", f"/api/practices/{created['id']}/review/recommendation", "methodist", {"recommended": True})
        for user, stars in p.get("ratings", {}).items():
            call("PUT", f"/api/practices/{created['id']}/rating", user, {"stars": stars})
        for user, text in p.get("comments", []):
            call("POST", f"/api/practices/{created['id']}/comments", user, {"text": text})
        for curator in p.get("usedBy", []):
            call("PUT", f"/api/practices/{created['id']}/usage", curator)
        if "secondVersion" in p:
            call("POST", f"/api/practices/{created['id']}/versions", p["by"])
            second = dict(p["body"], **p["secondVersion"], draft=False)
            call("PUT", f"/api/practices/{created['id']}", p["by"], second)
            review(created["id"])
            call("POST", f"/api/practices/{created['id']}/review/publish", "methodist")
        published.append(created["id"])
    for user, index in (("mentor1", 1), ("mentor1", 2), ("curator1", 3)):
        call("PUT", f"/api/practices/{published[index]}/bookmark", user)
    in_review = call("POST", "/api/practices", demo["inReview"]["by"], demo["inReview"]["body"])
    review(in_review["id"], sheets_from=("expert1",))
    call("POST", "/api/practices", demo["submitted"]["by"], demo["submitted"]["body"])
    call("POST", "/api/practices", demo["draft"]["by"], demo["draft"]["body"])
    print(f"demo practices: {len(published)} published (one in version 2, one recommended for competition), "
          "one under review with two experts, one waiting for experts, one draft")


if __name__ == "__main__":
    main()
