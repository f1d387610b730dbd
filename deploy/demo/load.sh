#!/usr/bin/env bash
# Loads the demo data through the services' public APIs, as the demo users, so
# that every record takes the real path (validation, outbox, Kafka, read models).
# Idempotent: a bank that already holds mentors is left as it is.
set -euo pipefail
# shellcheck source=../local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib.sh"
python3 "$(dirname "${BASH_SOURCE[0]}")/load_demo.py"
# the mentor bank on real school data: forms, a school's own sheet imported, pauses, requests, nominations
python3 "$(dirname "${BASH_SOURCE[0]}")/mentor_bank_demo.py"
# a school's programme (part 1): roadmap, mentee base and consents, matching, pairs, mentee1's login; after the
# mentor bank's demo, whose mentors and forms the school's directory and pairs need
python3 "$(dirname "${BASH_SOURCE[0]}")/school_demo.py"
# events and competitions: their own section, idempotent on its own
python3 "$(dirname "${BASH_SOURCE[0]}")/events_demo.py"
# the practice library: its own section, idempotent on its own
python3 "$(dirname "${BASH_SOURCE[0]}")/practices_demo.py"
# pair work (part 2): plans, meetings, an overdue task, a silent pair, completed and ended pairs; after the
# school's programme (its pairs) and the library (a plan task links one of its published practices)
exec python3 "$(dirname "${BASH_SOURCE[0]}")/pairwork_demo.py"
