#!/usr/bin/env bash
# Issue #10's fault benchmark: PostgreSQL restarted in the middle of a registration burst. Every
# registration answered 201 must still be there afterwards; during the outage applicants get a clear
# 503 problem+json with Retry-After (not a hang); registration resumes by itself.
#
#   bench/registration-outage.sh        # APPLICANTS=1500 CAPACITY=500 CONNECTIONS=16 OUTAGE_SECONDS=3
#
# It restarts a PostgreSQL cluster of its own (under .local/bench-pg, port 55490) that only this
# benchmark's events service uses, so it can run while others work on the shared servers. Kafka,
# Keycloak and the SMTP server are the shared ones (deploy/local/infra.sh start). Writes
# bench/results/registration-outage-<date>.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/lib.sh"

APPLICANTS="${APPLICANTS:-1500}"
CAPACITY="${CAPACITY:-500}"
CONNECTIONS="${CONNECTIONS:-16}"
OUTAGE_SECONDS="${OUTAGE_SECONDS:-3}"
PGB_PORT="${PGB_PORT:-55490}"
SVC_PORT="${SVC_PORT:-18384}"
WORK="$STATE_DIR/bench"
PGB="$STATE_DIR/bench-pg"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
RESULTS="$REPO_ROOT/bench/results/registration-outage-$(date +%F).md"
mkdir -p "$WORK" "$PGB/run"
[[ $EUID -eq 0 ]] && chown -R postgres:postgres "$PGB"
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg() { as_pg "$PGBIN/pg_ctl" -D "$PGB/data" -l "$PGB/postgres.log" -w -t 60 -o "-p $PGB_PORT -k $PGB/run -c listen_addresses=127.0.0.1" "$@"; }

if [[ ! -s "$PGB/data/PG_VERSION" ]]; then
  as_pg "$PGBIN/initdb" -D "$PGB/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
pg status >/dev/null 2>&1 || pg start >/dev/null
"$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PGB_PORT" -U postgres -c "drop database if exists events_outage with (force)"
"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGB_PORT" -U postgres -d postgres -v svc=events -v db=events_outage \
  -f "$REPO_ROOT/deploy/sql/provision.sql"

jar="$(ls "$REPO_ROOT"/services/events/target/events-*.jar 2>/dev/null | grep -v original- | head -n1 || true)"
[[ -n "$jar" ]] || { mvnw_q -pl services/events -am package -DskipTests; jar="$(ls "$REPO_ROOT"/services/events/target/events-*.jar | grep -v original- | head -n1)"; }

cleanup() {
  stop_pidfile "$WORK/outage-events.pid" events-outage "-Dmentoring.service=events-outage" || true
  pg stop -m fast >/dev/null 2>&1 || true
  python3 "$REPO_ROOT/bench/keycloak_bench_users.py" delete || true
  # the applicants' thousands of confirmations would fill the test mail server's memory
  "$DEPLOY_LOCAL/smtp.sh" purge || true
}
trap cleanup EXIT

python3 "$REPO_ROOT/bench/keycloak_bench_users.py" create "$APPLICANTS" "$WORK/outage-tokens.txt"
mapfile -t jvm_flags < <(service_jvm_flags events)
PORT="$SVC_PORT" PG_PORT="$PGB_PORT" DB_NAME=events_outage DB_USER=events_app DB_PASSWORD=events_app DB_OWNER=events_owner \
  DB_OWNER_PASSWORD=events_owner KAFKA_TOPIC_PREFIX=outage. CLOCK_ADJUSTABLE=false \
  KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/mentoring-bench" \
  MENTORING_KEYCLOAK_JWKS_URL="$KEYCLOAK_URL/realms/mentoring-bench/protocol/openid-connect/certs" \
  spawn_detached "$WORK/outage-events.pid" "$WORK/outage-events.log" \
  "$JAVA25/bin/java" "${jvm_flags[@]}" -Dmentoring.service=events-outage -jar "$jar"
wait_for_http "http://127.0.0.1:$SVC_PORT/health" 180 || die "events service not healthy, see $WORK/outage-events.log"

methodist="$(python3 "$REPO_ROOT/bench/keycloak_bench_users.py" methodist)"
mkdir -p "$WORK/classes"
mvnw_q -f bench/tools/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
libs="$(cat "$WORK/classpath.txt")"
"$JAVA25/bin/javac" -d "$WORK/classes" -cp "$libs" "$REPO_ROOT/bench/RegistrationBurst.java"
helper() { "$JAVA25/bin/java" -cp "$WORK/classes:$libs" RegistrationBurst "$@"; }
event="$(helper prepare "http://127.0.0.1:$SVC_PORT" "$methodist" "$CAPACITY")"

log "outage: burst of $APPLICANTS; PostgreSQL stops after 2 s for $OUTAGE_SECONDS s"
helper outage "http://127.0.0.1:$SVC_PORT" "$event" "$WORK/outage-tokens.txt" "$CONNECTIONS" "$methodist" "$CAPACITY" \
  >"$WORK/outage-figures.txt" &
burst=$!
sleep 2
pg stop -m immediate >/dev/null
stopped_at=$(date +%T.%N | cut -c1-12)
sleep "$OUTAGE_SECONDS"
pg start >/dev/null
started_at=$(date +%T.%N | cut -c1-12)
wait "$burst"
cat "$WORK/outage-figures.txt"

get() { grep "^$1=" "$WORK/outage-figures.txt" | cut -d= -f2-; }
# a day's runs accumulate in one file, newest last; none overwrites an earlier one
[[ -s "$RESULTS" ]] && echo >>"$RESULTS"
cat >>"$RESULTS" <<TXT
# Registration during a PostgreSQL restart — $(date +%F) $(date -u +%H:%M) UTC

- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; everything on the same machine.
- Command: \`bench/registration-outage.sh\` (APPLICANTS=$APPLICANTS CAPACITY=$CAPACITY CONNECTIONS=$CONNECTIONS);
  the service started as the demo starts it (\`${jvm_flags[*]}\`) against its own PostgreSQL cluster,
  stopped with \`pg_ctl -m immediate\` (a crash, not a clean shutdown) at $stopped_at and started again at $started_at.
- An applicant answered 503 tries again after a second, as a person would; each applies until answered 201 or 409.

| check | result |
|---|---|
| answers by status | $(get outage.statuses) |
| 503 answers / of them problem+json with Retry-After | $(get outage.answers_503) / $(get outage.answers_503_problem_json_with_retry_after) |
| slowest 503 (ms) — no hang | $(get outage.slowest_503_ms) |
| committed although the answer was lost (409 on retry, not twice) | $(get outage.conflict_after_503) |
| registration resumed by itself after the restart | $(get outage.resumed) |
| answered 201 but missing afterwards | $(get check.answered_201_but_missing) |
| rows / registered / waitlisted | $(get check.rows) / $(get check.registered) / $(get check.waitlisted) |
| exact capacity | $(get check.exact_capacity) |
| every applicant exactly once | $(get check.everyone_once) |
| the event's count of waiting applications matches the list | $(get check.waiting_count_exact) |
TXT
log "outage: results appended to $RESULTS"
tail -n 25 "$RESULTS"
