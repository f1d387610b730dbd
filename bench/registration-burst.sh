#!/usr/bin/env bash
# Issue #10's registration burst: APPLICANTS distinct applicants with real Keycloak tokens apply at
# once, over CONNECTIONS connections, to one event with CAPACITY places, through the HTTP API of the
# events service started exactly as the demo starts it (deploy/local/lib.sh service_jvm_flags); then,
# in the same run on the same PostgreSQL, the raw SQL path of one hot counter row. Writes
# bench/results/registration-burst-<date>.md.
#
#   bench/registration-burst.sh            # APPLICANTS=5000 CAPACITY=1000 CONNECTIONS=32
#
# Needs PostgreSQL, Kafka, Keycloak and the SMTP server running (deploy/local/infra.sh start). Uses a
# database, a port and topics of its own (events_bench, 18383, bench.*), so a running demo is untouched;
# its applicants live in a throwaway Keycloak realm with a cheap password hash, removed afterwards
# (bench/keycloak_bench_users.py); this run's service instance trusts that realm.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/lib.sh"

APPLICANTS="${APPLICANTS:-5000}"
CAPACITY="${CAPACITY:-1000}"
CONNECTIONS="${CONNECTIONS:-32}"
BENCH_PORT="${BENCH_PORT:-18383}"
BENCH_DB="events_bench"
WORK="$STATE_DIR/bench"
RESULTS="$REPO_ROOT/bench/results/registration-burst-$(date +%F).md"
PSQL="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)/psql"
mkdir -p "$WORK"

jar="$(ls "$REPO_ROOT"/services/events/target/events-*.jar 2>/dev/null | grep -v original- | head -n1 || true)"
if [[ -z "$jar" ]]; then
  mvnw_q -pl services/events -am package -DskipTests
  jar="$(ls "$REPO_ROOT"/services/events/target/events-*.jar | grep -v original- | head -n1)"
fi

log "bench: fresh database $BENCH_DB"
"$PSQL" -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -c "drop database if exists $BENCH_DB with (force)"
"$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v svc=events -v db="$BENCH_DB" \
  -f "$REPO_ROOT/deploy/sql/provision.sql"

cleanup() {
  stop_pidfile "$WORK/events.pid" events-bench "-Dmentoring.service=events-bench" || true
  python3 "$REPO_ROOT/bench/keycloak_bench_users.py" delete || true
  # the applicants' thousands of confirmations would fill the test mail server's memory
  "$DEPLOY_LOCAL/smtp.sh" purge || true
}
trap cleanup EXIT

log "bench: $APPLICANTS applicants in Keycloak, tokens fetched before the burst"
python3 "$REPO_ROOT/bench/keycloak_bench_users.py" create "$APPLICANTS" "$WORK/tokens.txt"
mapfile -t jvm_flags < <(service_jvm_flags events)
log "bench: starting the events service as the demo does: ${jvm_flags[*]}"
PORT="$BENCH_PORT" DB_NAME="$BENCH_DB" DB_USER=events_app DB_PASSWORD=events_app DB_OWNER=events_owner \
  DB_OWNER_PASSWORD=events_owner KAFKA_TOPIC_PREFIX=bench. CLOCK_ADJUSTABLE=false \
  KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/mentoring-bench" \
  MENTORING_KEYCLOAK_JWKS_URL="$KEYCLOAK_URL/realms/mentoring-bench/protocol/openid-connect/certs" \
  spawn_detached "$WORK/events.pid" "$WORK/events.log" \
  "$JAVA25/bin/java" "${jvm_flags[@]}" -Dmentoring.service=events-bench -jar "$jar"
wait_for_http "http://127.0.0.1:$BENCH_PORT/health" 180 || die "events service not healthy, see $WORK/events.log"

methodist="$(python3 "$REPO_ROOT/bench/keycloak_bench_users.py" methodist)"

classes="$WORK/classes"
mkdir -p "$classes"
# The burst's HTTP client (Apache HttpClient 5) and the JDBC driver, from bench/tools' dependencies.
mvnw_q -f bench/tools/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
libs="$(cat "$WORK/classpath.txt")"
"$JAVA25/bin/javac" -d "$classes" -cp "$libs" "$REPO_ROOT/bench/RegistrationBurst.java"
# Small, serial collector, C1 only: the load generator shares the two cores with the service it measures.
helper() { "$JAVA25/bin/java" -Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$classes:$libs" RegistrationBurst "$@"; }

log "bench: event with $CAPACITY places; the service answers a few thousand requests first (warm-up)"
event="$(helper prepare "http://127.0.0.1:$BENCH_PORT" "$methodist" "$CAPACITY")"
# A running demo's service has served requests for a while: the same applicants first apply to another
# event, so the measured burst meets a JIT-compiled service, as it would in the demo after a while.
log "bench: warm-up burst on another event (not measured)"
warm="$(helper prepare "http://127.0.0.1:$BENCH_PORT" "$methodist" "$CAPACITY")"
helper burst "http://127.0.0.1:$BENCH_PORT" "$warm" "$WORK/tokens.txt" "$CONNECTIONS" "$methodist" "$CAPACITY" >/dev/null
log "bench: burst of $APPLICANTS applicants over $CONNECTIONS connections"
helper burst "http://127.0.0.1:$BENCH_PORT" "$event" "$WORK/tokens.txt" "$CONNECTIONS" "$methodist" "$CAPACITY" \
  | tee "$WORK/figures.txt"
log "bench: the raw SQL path of one hot counter row, same PostgreSQL, same number of registrations"
helper raw "jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB" events_owner "$APPLICANTS" "$CAPACITY" 16 "$CONNECTIONS" \
  | tee -a "$WORK/figures.txt"

get() { grep "^$1=" "$WORK/figures.txt" | cut -d= -f2-; }
service="$(get service.per_second)"
raw16="$(get raw_sql.clients_16.per_second)"
rawc="$(get "raw_sql.clients_$CONNECTIONS.per_second")"
best_raw=$(( raw16 > rawc ? raw16 : rawc ))
ratio="$(python3 -c "print(f'{$service / $best_raw:.2f}')")"
# a day's runs accumulate in one file, newest last; none overwrites an earlier one
[[ -s "$RESULTS" ]] && echo >>"$RESULTS"
cat >>"$RESULTS" <<TXT
# Registration burst — $(date +%F) $(date -u +%H:%M) UTC

- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB;
  PostgreSQL, Kafka, Keycloak, GreenMail and the load generator on the same machine.
- Command: \`bench/registration-burst.sh\` (APPLICANTS=$APPLICANTS CAPACITY=$CAPACITY CONNECTIONS=$CONNECTIONS);
  load from bench/RegistrationBurst.java (Apache HttpClient 5, kept-alive pooled connections, C1-only JVM), each applicant's token
  fetched from Keycloak before the burst
- Load on the machine from other work during the run: $(cut -d' ' -f1-3 /proc/loadavg) (load average, 1/5/15 min).
- Service: \`java ${jvm_flags[*]} -jar $(basename "$jar")\`, as deploy/local/services.sh starts it, warmed by an
  unmeasured burst of the same applicants on another event; its
  own database, topics (\`bench.\`) and port; confirmations mailed to the SMTP server and published through the outbox.

| measure | figure |
|---|---|
| registrations per second through the HTTP API | **$service** |
| latency p50 / p99 / max (ms) | $(get service.p50_ms) / $(get service.p99_ms) / $(get service.max_ms) |
| answers by status | $(get service.statuses) |
| raw SQL path, 16 clients (per second) | $raw16 |
| raw SQL path, $CONNECTIONS clients (per second) | $rawc |
| **service ÷ best raw SQL path** | **$ratio×** |
| rows / registered / waitlisted | $(get check.rows) / $(get check.registered) / $(get check.waitlisted) |
| exact capacity | $(get check.exact_capacity) |
| every applicant exactly once | $(get check.everyone_once) |
| answered 201 but missing | $(get check.answered_201_but_missing) |
| every waiting applicant arrived after every placed one | $(get check.waiting_after_every_place) |
TXT
log "bench: results appended to $RESULTS"
tail -n 30 "$RESULTS"
