#!/usr/bin/env bash
# Measures each service's cold start (launch to a healthy /health) and its resident memory once
# healthy, from the jars as ./run.sh runs them. Appends a Markdown table to bench/results/.
#
#   bench/startup.sh            (infra must be up: deploy/local/infra.sh start; jars built)
#
# Runs the services on ports 2808x against the *_test databases, one at a time, so the numbers
# are not disturbed by each other.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../deploy/local/lib.sh
source deploy/local/lib.sh
export PORT_OFFSET=20000 DB_SUFFIX=_test

deploy/local/postgres.sh provision _test >/dev/null
out="bench/results/startup-$(date +%Y-%m-%d).md"
{
  echo "## Service start-up, $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, $("$JAVA25/bin/java" -version 2>&1 | head -n1)"
  echo
  echo "| service | launch → healthy (s) | RSS when healthy (MB) |"
  echo "|---|---|---|"
} >>"$out"
for name in mentor-bank school events practices portal; do
  t0=$(date +%s.%N)
  deploy/local/services.sh start "$name" >/dev/null 2>&1
  t1=$(date +%s.%N)
  pid=$(head -n1 ".local/services_test/$name.pid")
  rss=$(awk '/^VmRSS:/ {printf "%d", $2/1024}' "/proc/$pid/status")
  deploy/local/services.sh stop "$name" >/dev/null 2>&1
  awk -v n="$name" -v a="$t0" -v b="$t1" -v r="$rss" 'BEGIN { printf "| %s | %.1f | %s |\n", n, b - a, r }' >>"$out"
done
echo >>"$out"
cat "$out"
