#!/usr/bin/env bash
# make load: the bounded load test. A PostgreSQL database of its own (LOAD_DB, created when
# missing, the area seeded once), gunicorn and the background worker on 127.0.0.1, then locust
# headless: LOAD_USERS signed-in users of every role for LOAD_TIME. Prints requests per second,
# the median and 95th percentile and the errors, for each page and overall (loadtest/summary.py);
# the CSV files are left in var/.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-.venv/bin}
PORT=${LOAD_PORT:-8050}
USERS=${LOAD_USERS:-50}
RUN_TIME=${LOAD_TIME:-5m}
# gthread workers: a thread waiting on PostgreSQL leaves the core to another, and keep-alive
# spares a connection a request (sync workers close every one). Two processes for two cores.
WORKERS=${LOAD_WORKERS:-2}
THREADS=${LOAD_THREADS:-4}
WORKER_CLASS=${LOAD_WORKER_CLASS:-gthread}
SEED=${LOAD_SEED:---children 50000 --requests 100000}
export DATABASE_URL=${LOAD_DB:-postgres://postgres@127.0.0.1:5432/sendhealth_load}
# Only here: lets manage.py load_sessions sign the virtual users in (production refuses it).
export SENDHEALTH_LOAD_TEST=1
export SITE_URL=http://127.0.0.1:$PORT
mkdir -p var

"$BIN/python" - <<'PY'
import os
import dj_database_url
import psycopg
from psycopg import sql

db = dj_database_url.parse(os.environ["DATABASE_URL"])
with psycopg.connect(
    dbname="postgres", host=db["HOST"] or None, port=db["PORT"] or None,
    user=db["USER"] or None, password=db["PASSWORD"] or None, autocommit=True,
) as admin:
    exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]]).fetchone()
    if not exists:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db["NAME"])))
        print(f"Created the database {db['NAME']}.")
PY
"$BIN/python" manage.py migrate --no-input -v 0
# shellcheck disable=SC2086
# seed_area ends with VACUUM ANALYZE (core.seeding.refresh_planner_statistics): a freshly
# seeded database has planner statistics and a visibility map before the first request.
"$BIN/python" manage.py seed_area $SEED | sed -n '1,20p'
"$BIN/python" manage.py collectstatic --no-input -v 0
"$BIN/python" manage.py load_sessions var/load-sessions.json --each "$USERS"

"$BIN/gunicorn" sendhealth.config.wsgi -b "127.0.0.1:$PORT" -w "$WORKERS" --preload \
  --worker-class "$WORKER_CLASS" --threads "$THREADS" --keep-alive 5 \
  --access-logfile /dev/null --error-logfile var/load-gunicorn.log &
web=$!
"$BIN/python" manage.py worker -v 0 >var/load-worker.log 2>&1 &
worker=$!
stop() {
  kill "$web" "$worker" 2>/dev/null || true
  # The worker finishes the task it is running before it stops: give it 10 seconds.
  for _ in $(seq 10); do kill -0 "$worker" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$worker" 2>/dev/null || true
}
trap stop EXIT INT TERM
for _ in $(seq 60); do
  "$BIN/python" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/accessibility/')" \
    2>/dev/null && break
  sleep 1
done

# CPU time of the web processes (gunicorn and its workers), in clock ticks, to divide by the
# requests served: what a request costs, whatever else the machine is doing.
web_ticks() {
  local total=0 pid
  for pid in "$web" $(pgrep -P "$web" || true); do
    [ -r "/proc/$pid/stat" ] || continue
    set -- $(sed 's/.*) //' "/proc/$pid/stat")
    total=$((total + ${12} + ${13}))
  done
  echo "$total"
}
echo "Load: $USERS users for $RUN_TIME against gunicorn ($WORKERS $WORKER_CLASS workers, $THREADS threads) on 127.0.0.1:$PORT."
before=$(web_ticks)
status=0
LOAD_SESSIONS=var/load-sessions.json "$BIN/locust" -f loadtest/locustfile.py --headless \
  --users "$USERS" --spawn-rate 10 --run-time "$RUN_TIME" --host "http://127.0.0.1:$PORT" \
  --csv var/load --only-summary --stop-timeout 10 || status=$?

after=$(web_ticks)
"$BIN/python" loadtest/summary.py var/load_stats.csv --web-ticks $((after - before))
exit $status
