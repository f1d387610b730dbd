#!/usr/bin/env bash
# How fast a mentor edit reaches another school's directory, next to Kafka's own end-to-end latency
# measured in the same run on the same machine, by default right after the edits (KAFKA_PROBE=after; "during" runs
# it alongside them) — issue: "an outbox that wakes at once".
#
#   bench/propagation.sh [RATE] [SECONDS]      defaults: 200 edits/s for 60 s (+WARMUP s, default 60, not counted)
#
# Starts the mentor bank and the school service from their jars exactly as ./run.sh does (same JVM
# flags), on ports 2808x, against fresh *_bench databases and topics "bench.*", so neither the demo
# nor a test run is disturbed; stops them afterwards. Appends the figures to bench/results/.
# The load generator (bench/tools PropagationBench) is told of each revision the school's directory
# commits by a pg_notify trigger it adds to school_bench, so it measures without polling.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../deploy/local/lib.sh
source deploy/local/lib.sh
RATE="${1:-200}"
SECONDS_TO_RUN="${2:-60}"
WARMUP="${WARMUP:-60}"
# Kafka's own latency: measured after the edits (default), at the same rate for as long, or "during" them, when the
# probe's producer and consumer share the broker and the two cores with the services being measured.
KAFKA_PROBE="${KAFKA_PROBE:-after}"
export DB_SUFFIX=_bench PORT_OFFSET=20000 KAFKA_TOPIC_PREFIX=bench. CLOCK_ADJUSTABLE=false

deploy/local/infra.sh start >/dev/null
mvnw_q package -DskipTests -pl services/mentor-bank,services/school -am
deploy/local/services.sh stop mentor-bank >/dev/null 2>&1 || true
deploy/local/services.sh stop school >/dev/null 2>&1 || true
deploy/local/postgres.sh drop _bench >/dev/null
deploy/local/postgres.sh provision _bench >/dev/null
deploy/local/kafka.sh drop bench. >/dev/null
trap 'deploy/local/services.sh stop school >/dev/null 2>&1; deploy/local/services.sh stop mentor-bank >/dev/null 2>&1' EXIT
deploy/local/services.sh start mentor-bank
deploy/local/services.sh start school

out="bench/results/propagation-$(date +%Y-%m-%d).md"
# The load generator runs in a JVM of its own (small heap, serial collector), not inside Maven's: it shares
# the two cores with what it measures, so it should take as little of them as it can. It keeps the C2
# compiler and the warm-up is a minute: compiled by C2 it needs 0.20–0.24 cores at 200 edits/s instead of
# the 0.32–0.37 it needed with C1 alone, and the minute's compiling is over before anything is counted.
mvnw_q -f bench/tools/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
result="$("$JAVA25/bin/java" -Xms64m -Xmx256m -XX:+UseSerialGC ${GENERATOR_JVM_OPTS:-} \
  -cp "bench/tools/target/classes:$(cat bench/tools/target/classpath.txt)" \
  -Drate="$RATE" -Dseconds="$SECONDS_TO_RUN" -Dwarmup="$WARMUP" -Dbank=http://127.0.0.1:28081 \
  -DschoolJdbc="jdbc:postgresql://$PG_HOST:$PG_PORT/school_bench" -Dkafka="$KAFKA_BOOTSTRAP_SERVERS" \
  -Dkeycloak="$KEYCLOAK_URL" -DtopicPrefix=bench. -Dsamples="${SAMPLES:-}" -DkafkaProbe="$KAFKA_PROBE" \
  ru.mentoring.bench.PropagationBench)"
{
  echo "## Mentor edit → another school's directory, $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo), $(uname -sr);" \
    "$("$JAVA25/bin/java" -version 2>&1 | head -n1). Services as ./run.sh starts them:" \
    "mentor bank \`$(service_jvm_flags mentor-bank | xargs)\`, school \`$(service_jvm_flags school | xargs)\`;" \
    "load generator \`-Xms64m -Xmx256m -XX:+UseSerialGC ${GENERATOR_JVM_OPTS:-}\`. Command: \`WARMUP=$WARMUP KAFKA_PROBE=$KAFKA_PROBE bench/propagation.sh $RATE $SECONDS_TO_RUN\`."
  echo
  echo "$result" | grep -v '^|'
  echo
  echo "| path | samples | p50 (ms) | p99 (ms) | max (ms) |"
  echo "|---|---|---|---|---|"
  echo "$result" | grep '^|'
  echo
} | tee -a "$out"
