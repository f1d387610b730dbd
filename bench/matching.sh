#!/usr/bin/env bash
# Cohort matching of issue 8 at the four sizes (school 200 × 60, network 2 000 × 1 000, region 10 000 × 10 000 and
# 50 000 × 50 000; 50 candidates per mentee, capacities 1–3): the school service's whole matching pipeline
# (candidates, scores, exact solve, explanations) next to OR-Tools' min-cost flow solve alone on the same candidate
# graph, in the same JVM and run, objectives compared. Appends a Markdown report to bench/results/matching-<date>.md.
#
#   bench/matching.sh [REPETITIONS] [SIZES…]        e.g. bench/matching.sh 5        or   bench/matching.sh 3 200x60
#
# Needs no server: the engine is pure computation (ru.mentoring.school.matching.engine), the program is
# MatchingBenchmark in the school module's test sources. Two runs: with the JVM flags deploy/local/lib.sh gives the
# school service in the demo (service_jvm_flags school: 256 MB, serial GC, C2 on since ADR 0033), then the same heap
# and GC with C1 only, as the demo runs the other services (and ran the school service before).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
REPS="${1:-5}"
shift || true
SIZES=("$@")

export JAVA_HOME="$JAVA25"
./mvnw -B -q -pl services/school test-compile
./mvnw -B -q -pl services/school dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="services/school/target/test-classes:services/school/target/classes:$(cat services/school/target/bench-classpath.txt)"

REPORT="bench/results/matching-$(date -u +%F).md"
mkdir -p bench/results
source deploy/local/lib.sh
mapfile -t SCHOOL_FLAGS < <(service_jvm_flags school)
C1_FLAGS=("${SCHOOL_FLAGS[@]}" -XX:TieredStopAtLevel=1)

{
  echo
  echo "## Cohort matching, $(date -u '+%F %H:%M') UTC"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo),"\
       "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $("$JAVA25/bin/java" -version 2>&1 | head -n1);"\
       "commit $(git rev-parse --short HEAD)."
  echo "Load average (1/5/15 min) before: $(cut -d' ' -f1-3 /proc/loadavg) — other engineers' builds share this machine."
  echo "Command: \`bench/matching.sh $REPS ${SIZES[*]:-}\`; program \`ru.mentoring.school.matching.engine.MatchingBenchmark\`;"
  echo "instances from \`MatchingInstances\` (seeded): Russian competencies, request categories and texts, forms,"
  echo "subjects, preferred ages and free-time phrasings as schools write them, capacities 1–3."
  echo "\"pipeline\" = \`MatchingEngine.matchCohort\` end to end (prepare + candidates + exact solve + explanations),"
  echo "with the texts already read (as when a cohort is matched again); \"texts never read before\" = the same call"
  echo "right after the process's text memory (\`TextMemo\`) is forgotten, measured in a pass of its own after the"
  echo "repetitions (not between them, where the rebuilt memory slowed the next repetition); each size warmed for 5 s"
  echo "before it is measured; at least 31 counted repetitions up to 1 000 mentees;"
  echo "the stage columns time the same stages run one by one; \"OR-Tools solve alone\" = \`MinCostFlow.solve()\` on"
  echo "the stage run's candidate graph (graph building not counted)."
} >>"$REPORT"

run() { # run TITLE FLAGS...
  local title="$1"
  shift
  { echo; echo "### $title: \`$*\`"; echo; } >>"$REPORT"
  "$JAVA25/bin/java" "$@" --enable-native-access=ALL-UNNAMED -cp "$CP" \
    ru.mentoring.school.matching.engine.MatchingBenchmark "$REPS" "$REPORT" "${SIZES[@]}"
}

run "As the demo runs the school service" "${SCHOOL_FLAGS[@]}"
run "C1 only (the other services' JIT), same heap and GC" "${C1_FLAGS[@]}"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)." >>"$REPORT"
echo "Report appended to $REPORT"
