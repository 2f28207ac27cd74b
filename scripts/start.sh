#!/usr/bin/env bash
# Runs the whole product locally: installs what is missing, starts PostgreSQL and Redis, migrates, seeds the
# sample plan and demo accounts, builds and serves web + API on one origin (http://localhost:${PORT:-8080}).
# Ctrl-C (or `npm run stop`) stops everything it started. Running it again while it runs is safe.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/local-database.sh"
cd "$REPO_ROOT"

PORT="${PORT:-8080}"
PG_PORT="$LOCAL_PG_PORT"
REDIS_PORT="$LOCAL_REDIS_PORT"
DATA_DIR="$REPO_ROOT/.data"
RUN_DIR="$DATA_DIR/run"
mkdir -p "$RUN_DIR"

# One start at a time: a lock directory holding this script's pid, taken before install and build and kept while Mandate
# runs (a directory, not flock, because PostgreSQL and Redis outlive this script and would inherit a lock descriptor).
LOCK="$RUN_DIR/start.lock"
take_start_lock() {
  mkdir "$LOCK" 2>/dev/null && { echo $$ >"$LOCK/pid"; return 0; }
  sleep 0.3
  local holder
  holder="$(cat "$LOCK/pid" 2>/dev/null || true)"
  [ -n "$holder" ] && kill -0 "$holder" 2>/dev/null && return 1
  log "Removing the start lock of a run that is gone (pid ${holder:-unknown})"
  rm -rf "$LOCK"
  mkdir "$LOCK" 2>/dev/null && echo $$ >"$LOCK/pid"
}
if ! take_start_lock; then
  log "Mandate is already starting or running (http://localhost:$PORT); stop it with: npm run stop"
  exit 0
fi
trap 'rm -rf "$LOCK"' EXIT
rm -f "$RUN_DIR/stopping"

ensure_node_modules
ensure_redis

# Secrets are made on this machine at first start and kept in the git-ignored .data folder.
SECRETS="$DATA_DIR/secrets.env"
if [ ! -f "$SECRETS" ]; then
  umask 077
  { echo "DB_PASSWORD=$(random_secret)"; echo "JWT_SECRET=$(random_secret)"; } >"$SECRETS"
  umask 022
fi
# Installs from before the application role had one password only; the app's password is added once.
grep -q '^APP_DB_PASSWORD=' "$SECRETS" || { umask 077; echo "APP_DB_PASSWORD=$(random_secret)" >>"$SECRETS"; umask 022; }
# shellcheck disable=SC1090
source "$SECRETS"

PG_DATA="$(pg_reachable_dir "$DATA_DIR/postgres" "/var/lib/mandate/$(echo "$REPO_ROOT" | md5sum | cut -c1-12)/postgres")"
start_postgres "$PG_DATA" "$PG_PORT" mandate mandate "$DB_PASSWORD"
echo "$PG_DATA" >"$RUN_DIR/pg-data"
start_redis "$DATA_DIR/redis" "$REDIS_PORT"
echo "$REDIS_PORT" >"$RUN_DIR/redis-port"

export NODE_ENV=development
# The API listens on 127.0.0.1 (its default) unless HOST is set: demo accounts have a published password.
export PORT
export DATABASE_URL="postgres://${APP_DB_USER}:${APP_DB_PASSWORD}@127.0.0.1:${PG_PORT}/mandate"
OWNER_URL="postgres://mandate:${DB_PASSWORD}@127.0.0.1:${PG_PORT}/mandate"
export REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"
export JWT_SECRET
export WEB_DIST="$REPO_ROOT/dist/apps/web"
export SEED_DEMO=true DEMO_PASSWORD="${DEMO_PASSWORD:-mandate-demo}"
export MIGRATE_ON_START=false
# One API process per core by default (Node cluster on one port; the API keeps no state of its own).
export API_PROCESSES="${API_PROCESSES:-auto}"
# Local mail: the worker runs a catcher on this port and keeps what it receives (read it at /api/dev/mail, admin only).
export MAIL_CATCHER_PORT="${MAIL_CATCHER_PORT:-2525}"
export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:$MAIL_CATCHER_PORT}" APP_ORIGIN="${APP_ORIGIN:-http://localhost:$PORT}"

log "Building the API and the web app"
npx nx run-many -t build -p api web --outputStyle=static >"$RUN_DIR/build.log" 2>&1 || { tail -40 "$RUN_DIR/build.log" >&2; die "build failed (full log: $RUN_DIR/build.log)"; }

# The owner migrates (and creates the application's login) and seeds; the API and the worker never see its password.
DATABASE_OWNER_URL="$OWNER_URL" node dist/apps/api/cli.js migrate
DATABASE_OWNER_URL="$OWNER_URL" node dist/apps/api/cli.js seed

stop_all() {
  trap - INT TERM EXIT
  log "Stopping"
  bash "$REPO_ROOT/scripts/stop.sh" >/dev/null 2>&1 || true
  rm -rf "$LOCK"
}
trap stop_all INT TERM EXIT

# Runs a process and starts it again when it exits on its own, after 1, 2, 4 ... 30 s (back to 1 s after a minute up);
# only `npm run stop` or Ctrl-C (which write .data/run/stopping) end it, and a crash never stops PostgreSQL or Redis.
supervise() {
  local name="$1" logfile="$2" delay=1 started pid code
  shift 2
  while [ ! -f "$RUN_DIR/stopping" ]; do
    started=$SECONDS
    "$@" >>"$logfile" 2>&1 &
    pid=$!
    echo "$pid" >"$RUN_DIR/$name.pid"
    code=0
    wait "$pid" || code=$?
    [ -f "$RUN_DIR/stopping" ] && break
    [ $((SECONDS - started)) -ge 60 ] && delay=1
    log "$name exited with code $code; restarting it in ${delay}s (log: $logfile)" 2>&1 | tee -a "$logfile" >&2
    sleep "$delay"
    delay=$((delay * 2 > 30 ? 30 : delay * 2))
  done
}

: >"$RUN_DIR/worker.log"
: >"$RUN_DIR/api.log"
supervise worker "$RUN_DIR/worker.log" node dist/apps/api/worker.js &
echo $! >"$RUN_DIR/worker-supervisor.pid"
supervise api "$RUN_DIR/api.log" node dist/apps/api/main.js &
echo $! >"$RUN_DIR/api-supervisor.pid"

for _ in $(seq 1 30); do [ -f "$RUN_DIR/api.pid" ] && break; sleep 0.1; done
wait_for_http "http://127.0.0.1:$PORT/api/health" 60 || { tail -30 "$RUN_DIR/api.log" >&2; die "the API did not become healthy"; }
cat <<MSG

  Mandate is running:  http://localhost:$PORT
  API documentation:   http://localhost:$PORT/api/docs
  Logs:                $RUN_DIR/api.log, $RUN_DIR/worker.log
  Caught mail (dev):   http://localhost:$PORT/api/dev/mail (sign in as admin; SMTP catcher on 127.0.0.1:$MAIL_CATCHER_PORT)

  Demo accounts (password: $DEMO_PASSWORD):
    admin         quản trị hệ thống (admin)
    ubnd          Văn phòng UBND tỉnh (ubnd)
    hdnd          Thường trực HĐND tỉnh (hdnd)
    so-tai-chinh  Sở Tài chính (department)
    so-du-lich    Sở Du lịch (department)
    so-giao-duc   Sở Giáo dục và Đào tạo (department)

  Press Ctrl-C to stop (or run: npm run stop).
MSG
# Returns only when both supervisors end (npm run stop); Ctrl-C runs stop_all through the trap.
wait
