#!/usr/bin/env bash
# Issue #10's registration burst: APPLICANTS distinct applicants with real Keycloak tokens apply at
# once, over CONNECTIONS connections, to one event with CAPACITY places, through the HTTP API of the
# events service started exactly as the demo starts it (deploy/local/lib.sh service_jvm_flags); then,
# in the same run on the same PostgreSQL, the raw SQL path of one hot counter row. Writes
# bench/results/registration-burst-<date>.md.
#
#   bench/registration-burst.sh            # APPLICANTS=5000 CAPACITY=1000 CONNECTIONS=32
#   BENCH_PROFILE=/tmp/burst.jfr bench/registration-burst.sh   # and a flight recording of the measured burst
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

# CPU seconds used so far by each process on the machine (user + system, from /proc), one "pid name seconds"
# line each; the burst's share per kind of process is the sum of the differences per process around it (a
# process that ended during the burst is left out: summing per kind before and after made "other" negative).
cpu_by_process() {
  local tck; tck="$(getconf CLK_TCK)"
  for d in /proc/[0-9]*; do
    [[ -r "$d/stat" ]] || continue
    local cmd stat name
    cmd="$(tr '\0' ' ' <"$d/cmdline" 2>/dev/null)" || continue
    stat="$(cat "$d/stat" 2>/dev/null)" || continue
    case "$cmd" in
      *events-bench*) name="events service" ;;
      *RegistrationBurst*) name="load generator" ;;
      *keycloak*|*quarkus*) name="keycloak" ;;
      *kafka*) name="kafka" ;;
      *greenmail*|*smtp*) name="smtp server" ;;
      *postgres*) name="postgresql" ;;
      *) name="other" ;;
    esac
    # fields 14 and 15 (utime, stime) after the command name in parentheses
    awk -v p="${d#/proc/}" -v n="$name" -v t="$tck" '{ sub(/^.*\) /, ""); print p "\t" n "\t" ($12 + $13) / t }' <<<"$stat"
  done
}

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
  if [[ -n "${GENERATOR_PID:-}" ]]; then kill "$GENERATOR_PID" 2>/dev/null || true; fi
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
# Small, serial collector. Single calls (the events) start a JVM each; the bursts and the raw SQL path run in
# one generator for the whole run (RegistrationBurst session), so its JIT is warm when the measured burst and
# the raw SQL path start, as the service's is.
helper() { "$JAVA25/bin/java" -Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$classes:$libs" RegistrationBurst "$@"; }
coproc GENERATOR { "$JAVA25/bin/java" -Xms64m -Xmx512m -XX:+UseSerialGC -cp "$classes:$libs" RegistrationBurst session \
  "http://127.0.0.1:$BENCH_PORT" "$WORK/tokens.txt" "$CONNECTIONS" "$methodist" "$CAPACITY" 2>>"$WORK/generator.log"; }
generator_in="${GENERATOR[1]}"
generator_out="${GENERATOR[0]}"
ask() { # ask COMMAND... -> what the generator answers, up to its line "end" or "warmed"
  local line
  echo "$*" >&"$generator_in"
  while IFS= read -r line <&"$generator_out"; do
    [[ "$line" == end || "$line" == warmed ]] && return 0
    printf '%s\n' "$line"
  done
  die "the load generator stopped, see $WORK/generator.log"
}

log "bench: event with $CAPACITY places; the service answers a few thousand requests first (warm-up)"
event="$(helper prepare "http://127.0.0.1:$BENCH_PORT" "$methodist" "$CAPACITY")"
# A running demo's service has served requests for a while: the same applicants first apply to other
# events, so the measured burst meets a JIT-compiled service, as it would in the demo after a while.
# The JIT (C2) compiles the request path's big methods for seconds on two shared cores: a burst measured while
# it still does measures the compiler, not the service a demo has been running for a while. So the warm-up
# bursts go on, each on an event of its own, until WARM_QUIET_ROUNDS of them in a row leave the compiler nearly
# idle (under WARM_COMPILE_MS of compilation each), at most WARM_ROUNDS of them; the figures name both (ADR 0032).
# One quiet burst was not enough: the compiler could start again for seconds in the next one (3.6 s of compiling
# during a measured burst after a warm-up burst of 350 ms, 2026-12-02 18:30).
WARM_ROUNDS="${WARM_ROUNDS:-30}"
WARM_COMPILE_MS="${WARM_COMPILE_MS:-500}"
WARM_QUIET_ROUNDS="${WARM_QUIET_ROUNDS:-2}"
service_pid="$(pid_of "$WORK/events.pid")"
jit() { # jit -> "compilations milliseconds" so far in the service
  "$JAVA25/bin/jstat" -compiler "$service_pid" | awk 'NR == 2 { printf "%d %d\n", $1, $4 * 1000 }'
}
warm_rounds=0
quiet_rounds=0
while (( warm_rounds < WARM_ROUNDS )); do
  warm_rounds=$((warm_rounds + 1))
  read -r c0 t0 < <(jit)
  ask warm
  read -r c1 t1 < <(jit)
  log "bench: warm-up burst $warm_rounds (not measured): $((c1 - c0)) JIT compilations, $((t1 - t0)) ms of compiling"
  if (( t1 - t0 < WARM_COMPILE_MS )); then quiet_rounds=$((quiet_rounds + 1)); else quiet_rounds=0; fi
  (( quiet_rounds >= WARM_QUIET_ROUNDS )) && break
done
log "bench: burst of $APPLICANTS applicants over $CONNECTIONS connections"
cpu_before="$(cpu_by_process)"
read -r jit_c0 jit_t0 < <(jit)
# BENCH_PROFILE=FILE records where the service spends the measured burst (Java Flight Recorder)
[[ -n "${BENCH_PROFILE:-}" ]] && "$JAVA25/bin/jcmd" "$service_pid" JFR.start name=burst settings=profile "jdk.CPUTimeSample#enabled=true" "jdk.CPUTimeSample#throttle=1ms" >/dev/null
# (not in a pipeline: a subshell does not have the generator's descriptors)
ask measure "$event" >"$WORK/figures.txt"
cpu_after="$(cpu_by_process)"
read -r jit_c1 jit_t1 < <(jit)
[[ -n "${BENCH_PROFILE:-}" ]] && "$JAVA25/bin/jcmd" "$service_pid" JFR.stop name=burst filename="$BENCH_PROFILE" >/dev/null
ask check "$event" >>"$WORK/figures.txt"
cat "$WORK/figures.txt"
log "bench: the raw SQL path of one hot counter row, same PostgreSQL, same number of registrations"
ask raw "jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB" events_owner 16 "$CONNECTIONS" >"$WORK/raw.txt"
tee -a "$WORK/figures.txt" <"$WORK/raw.txt"
echo quit >&"$generator_in"

cpu_table="$(awk -F'\t' 'FNR == NR { before[$1 "\t" $2] = $3; next }
    { s[$2] += $3 - before[$1 "\t" $2] } END { for (n in s) printf "| %s | %.1f |\n", n, s[n] }' \
  <(echo "$cpu_before") <(echo "$cpu_after") | sort)"
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
  load from bench/RegistrationBurst.java (Apache HttpClient 5, kept-alive pooled connections, one JVM warmed by the warm-up bursts), each applicant's token
  fetched from Keycloak before the burst
- Load on the machine from other work during the run: $(cut -d' ' -f1-3 /proc/loadavg) (load average, 1/5/15 min).
- Service: \`java ${jvm_flags[*]} -jar $(basename "$jar")\`, as deploy/local/services.sh starts it, warmed by
  unmeasured bursts of the same applicants on other events until the JIT compiler is nearly idle; its
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
| the event's count of waiting applications matches the list | $(get check.waiting_count_exact) |
| warm-up bursts before (each of all $APPLICANTS applicants, to an event of its own) | $warm_rounds |
| JIT compilations in the service during the measured burst | $((jit_c1 - jit_c0)), $((jit_t1 - jit_t0)) ms |

CPU seconds used during the measured burst, by process:

| process | CPU s |
|---|---|
$cpu_table

The load generator's own count: $(get load.cpu_seconds) s.
TXT
log "bench: results appended to $RESULTS"
tail -n 30 "$RESULTS"
