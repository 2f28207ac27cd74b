#!/usr/bin/env bash
# Stops what `npm start` started: API, worker, Redis and PostgreSQL.
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
RUN_DIR="$REPO_ROOT/.data/run"
[ -d "$RUN_DIR" ] || exit 0
# Tells the supervisors in start.sh not to restart what is stopped below.
touch "$RUN_DIR/stopping"
for name in api-supervisor worker-supervisor; do
  [ -f "$RUN_DIR/$name.pid" ] && kill -TERM "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null
  rm -f "$RUN_DIR/$name.pid"
done
for name in api worker; do
  if [ -f "$RUN_DIR/$name.pid" ]; then
    pid="$(cat "$RUN_DIR/$name.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
      log "$name stopped"
    fi
    rm -f "$RUN_DIR/$name.pid"
  fi
done
[ -f "$RUN_DIR/redis-port" ] && { redis-cli -p "$(cat "$RUN_DIR/redis-port")" shutdown >/dev/null 2>&1 && log "Redis stopped"; rm -f "$RUN_DIR/redis-port"; }
[ -f "$RUN_DIR/pg-data" ] && { stop_postgres "$(cat "$RUN_DIR/pg-data")"; rm -f "$RUN_DIR/pg-data"; }
exit 0
