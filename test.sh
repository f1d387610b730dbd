#!/usr/bin/env bash
# Runs every test against real PostgreSQL, Kafka and Keycloak, which it starts
# natively when they are not running. The exit status is the verdict.
#
#   1. module tests (unit tests and *IT against the servers, test databases *_test)
#   2. the five services from the jars just built, on ports 1808x, databases *_e2e, topics "e2e.*"
#   3. end-to-end tests (*E2E) against those running services, with headless Chromium
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=deploy/local/lib.sh
source deploy/local/lib.sh

# test databases, ports 1808x, topics "test.*" and a clock the tests may move (never the demo's)
export DB_SUFFIX=_test PORT_OFFSET=10000 KAFKA_TOPIC_PREFIX=test. CLOCK_ADJUSTABLE=true
t0=$SECONDS

deploy/local/infra.sh start
deploy/local/browser.sh ensure
# Fresh test databases and topics every run: no test depends on what an earlier run left. An end-to-end
# platform an interrupted run left behind holds the ports the module tests start their servers on.
deploy/local/services.sh stop
DB_SUFFIX=_e2e deploy/local/services.sh stop
deploy/local/postgres.sh drop _test
deploy/local/postgres.sh provision _test
deploy/local/kafka.sh drop "$KAFKA_TOPIC_PREFIX"

JAVA_HOME="$JAVA25" ./mvnw -B -ntp install -pl '!e2e'

# The end-to-end tests run against a platform of their own databases and topics: the module tests leave
# fixtures behind (directory rows the mentor bank never held) that a real platform would never contain.
export DB_SUFFIX=_e2e KAFKA_TOPIC_PREFIX=e2e.
deploy/local/services.sh stop
deploy/local/postgres.sh drop _e2e
deploy/local/postgres.sh provision _e2e
deploy/local/kafka.sh drop "$KAFKA_TOPIC_PREFIX"
trap 'deploy/local/services.sh stop' EXIT
deploy/local/services.sh start
export PORTAL_URL=http://localhost:18080 MENTOR_BANK_URL=http://127.0.0.1:18081 SCHOOL_URL=http://127.0.0.1:18082 \
  EVENTS_URL=http://127.0.0.1:18083 PRACTICES_URL=http://127.0.0.1:18084
JAVA_HOME="$JAVA25" ./mvnw -B -ntp verify -pl e2e

log "all tests passed in $((SECONDS - t0)) s"
