#!/usr/bin/env bash
# Search latency of the practice library at 100 000 practices (issue 11), through the HTTP API with a
# real Keycloak token, next to the naive ranked PostgreSQL full-text query with facet counts on the same
# corpus in the same run; also the time of a full re-index. Appends a Markdown report to bench/results/.
#
#   bench/practices-search.sh [COUNT] [SECONDS]      (infra up: deploy/local/infra.sh start; jar built)
#
# Runs its own practices service on port 28484 against its own database (practices_bench), with the
# JVM flags deploy/local/services.sh gives the demo, so it disturbs neither the demo nor a test run.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../deploy/local/lib.sh
source deploy/local/lib.sh

COUNT="${1:-100000}"
SECONDS_PER_RUN="${2:-30}"
PORT=28484
DB=practices_bench
WORK="$STATE_DIR/bench/practices-search"
PSQL=(/usr/lib/postgresql/15/bin/psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres)
JAR="$(ls services/practices/target/practices-*.jar | grep -v original | head -n1)"
[[ -n "$JAR" ]] || die "build the practices jar first: ./mvnw -pl services/practices -am package -DskipTests"
mkdir -p "$WORK"

service_pid=""
stop_service() {
  if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid"
    wait "$service_pid" 2>/dev/null || true
  fi
  service_pid=""
}
trap stop_service EXIT

# The demo's JVM for this service (deploy/local/lib.sh service_jvm_flags practices: C2 on); a second
# pass runs the same index with C1 only, as the other services run, to show what C2 is worth here.
mapfile -t DEMO_FLAGS < <(service_jvm_flags practices)
C1_FLAGS=(-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
FLAGS=("${DEMO_FLAGS[@]}")

start_service() { # start_service INDEX_DIR
  PORT=$PORT DB_NAME=$DB DB_USER=practices_app DB_PASSWORD=practices_app DB_OWNER=practices_owner \
    DB_OWNER_PASSWORD=practices_owner KAFKA_TOPIC_PREFIX=bench. MENTORING_PRACTICES_CONSUMER_GROUP=practices-bench \
    PRACTICES_INDEX_DIR="$1" PRACTICES_FILES_DIR="$WORK/files" \
    "$JAVA25/bin/java" "${FLAGS[@]}" \
    -Dmentoring.service=practices-bench -jar "$JAR" >>"$WORK/service.log" 2>&1 &
  service_pid=$!
  wait_for_http "http://127.0.0.1:$PORT/health" 240 || die "bench service not healthy (log: $WORK/service.log)"
}

token() {
  curl -fsS -d grant_type=password -d client_id=mentoring-cli -d username="$1" -d password=demo \
    "$KEYCLOAK_URL/realms/mentoring/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'
}

log "bench: database $DB"
"${PSQL[@]}" -d postgres -v svc=practices -v db=$DB -f deploy/sql/provision.sql
start_service "$WORK/index-migrate"     # Flyway creates the schema
stop_service

loaded=$("${PSQL[@]}" -d $DB -tA -c "select count(*) from practice_version where created_by = 'bench'")
if [[ "$loaded" != "$COUNT" ]]; then
  log "bench: generating and loading $COUNT practices"
  python3 bench/practices-search/generate_corpus.py "$COUNT" "$WORK"
  "${PSQL[@]}" -d $DB <<SQL
begin;
truncate practice, practice_version, practice_file, review_sheet, practice_rating, practice_comment, bookmark,
         notification, practice_use, search_feed cascade;
\copy practice (id, school_id, origin, proposal_id, source_ref, note, published_version, latest_version, recommended, recommended_at, recommended_by, withdrawn_reason, created_by, created_at, updated_at) from '$WORK/practice.tsv'
\copy practice_version (id, practice_id, school_id, number, status, title, problem, description, methods, results, form, form_variant, target_group, competencies, year, level, authors, author_emails, participants, consent_refs, no_pupil_data, reviewers, decision_reason, decided_by, decided_at, submitted_by, submitted_at, published_at, created_by, created_at, updated_at) from '$WORK/practice_version.tsv'
\copy search_feed (practice_id, revision) from '$WORK/search_feed.tsv'
update search_clock set revision = (select max(revision) from search_feed);
commit;
SQL
fi
# The naive side: what the library did before (generated tsvector, GIN index), on the same rows.
"${PSQL[@]}" -d $DB <<'SQL'
alter table practice_version add column if not exists bench_search tsvector generated always as (
    setweight(to_tsvector('russian', lower(title collate "und-x-icu")), 'A')
    || setweight(to_tsvector('russian', lower(coalesce(problem, '') || ' ' || coalesce(description, '') || ' '
       || coalesce(methods, '') || ' ' || coalesce(results, '') collate "und-x-icu")), 'B')) stored;
create index if not exists practice_version_bench_search on practice_version using gin (bench_search);
analyze practice_version;
SQL

log "bench: starting the service on an empty index (it builds from the database)"
rm -rf "$WORK/index"
t0=$(date +%s.%N)
start_service "$WORK/index"
until curl -fsS "http://127.0.0.1:$PORT/health" -H "Authorization: Bearer $(token admin)" |
  python3 -c 'import sys,json; s=json.load(sys.stdin)["details"]["search"]["details"]; sys.exit(0 if s["behind"]==0 and s["documents"]>0 else 1)'; do
  sleep 2
done
t1=$(date +%s.%N)
startup_build=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')
log "bench: timed full re-index"
reindex=$(curl -fsS -X POST -H "Authorization: Bearer $(token admin)" "http://127.0.0.1:$PORT/api/practices/search/reindex")
index_mb=$(du -sm "$WORK/index" | cut -f1)
rss=$(awk '/^VmRSS:/ {printf "%d", $2/1024}' "/proc/$service_pid/status")

log "bench: latency runs (${SECONDS_PER_RUN}s each)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
driver="$(find "$HOME/.m2/repository/org/postgresql/postgresql" -name 'postgresql-42*.jar' | sort -V | tail -n1)"
rows=$("$JAVA25/bin/java" -cp "$driver" bench/practices-search/SearchBench.java "http://127.0.0.1:$PORT" \
  "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" "$KEYCLOAK_URL/realms/mentoring/protocol/openid-connect/token" \
  "$SECONDS_PER_RUN" 15 "demo JVM")
log "bench: the same index with C1 only"
stop_service
FLAGS=("${C1_FLAGS[@]}")
start_service "$WORK/index"
rows_c1=$("$JAVA25/bin/java" -cp "$driver" bench/practices-search/SearchBench.java "http://127.0.0.1:$PORT" \
  "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" "$KEYCLOAK_URL/realms/mentoring/protocol/openid-connect/token" \
  "$SECONDS_PER_RUN" 15 "C1 only" lucene)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

out="bench/results/practices-search-$(date +%Y-%m-%d).md"
{
  echo "## Practice search at $COUNT practices, $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);"
  echo "$("$JAVA25/bin/java" -version 2>&1 | head -n1); PostgreSQL $("${PSQL[@]}" -d $DB -tA -c 'show server_version')."
  echo "Load average (1/5/15 min) before the latency runs: $load_before; after: $load_after (the service, PostgreSQL and"
  echo "the load generator share the cores; anything else running raises these figures)."
  echo "Command: \`bench/practices-search.sh $COUNT $SECONDS_PER_RUN\`. \"demo JVM\": \`${DEMO_FLAGS[*]}\` (as the demo runs it);"
  echo "\"C1 only\": \`${C1_FLAGS[*]}\` (same index, next); requests with a real Keycloak token (mentor1);"
  echo "closed-loop clients, ${SECONDS_PER_RUN} s per row after a warm-up; each request: ranked top 20 + counts of 6 facets."
  echo
  echo "| what | clients | requests | median ms | p95 ms | p99 ms | req/s |"
  echo "|---|---|---|---|---|---|---|"
  echo "$rows"
  echo "$rows_c1"
  echo
  echo "Index: built from the database on start in ${startup_build} s (service start included); full re-index"
  echo "(\`POST /api/practices/search/reindex\`): $reindex; index on disk ${index_mb} MB; service RSS ${rss} MB."
  echo
} | tee -a "$out"
