# Shared helpers for the project's scripts: installing what is missing and running PostgreSQL and Redis without Docker.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-false}
# The full PostgreSQL 15 tool set (psql included) lives here; /usr/local/bin only links the server binaries.
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
[ -x "$PG_BIN/psql" ] || PG_BIN="$(dirname "$(command -v pg_ctl || echo /usr/local/bin/pg_ctl)")"

log() { printf '\033[1;34m[mandate]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[mandate]\033[0m %s\n' "$*" >&2; exit 1; }

as_root_or_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "Need root to run: $*"; fi
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || die "apt-get is not available; install these by hand: $*"
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    as_root_or_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
    APT_UPDATED=1
  fi
  log "Installing $* from Debian's packages"
  as_root_or_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null || die "apt-get install $* failed"
}

ensure_redis() { command -v redis-server >/dev/null || apt_install redis-server; }
ensure_chromium() { [ -x /usr/bin/chromium ] || apt_install chromium fonts-noto-core; }

# Installs node_modules exactly from the lock file when they are missing or older than it.
ensure_node_modules() {
  cd "$REPO_ROOT" || exit 1
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "Installing dependencies (npm ci)"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error || die "npm ci failed"
  fi
}

# PostgreSQL refuses to run as root: it runs as the system user 'postgres', created when missing.
PG_USER=postgres
ensure_pg_user() {
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL binaries not found in $PG_BIN (set PG_BIN)"
  if [ "$(id -u)" -eq 0 ]; then
    id "$PG_USER" >/dev/null 2>&1 || useradd --system --user-group --no-create-home "$PG_USER"
  fi
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

# A folder the postgres user can reach: the wanted one when every parent is traversable, else one under /var/tmp.
pg_reachable_dir() {
  local wanted="$1" fallback="$2"
  mkdir -p "$wanted"
  if [ "$(id -u)" -ne 0 ] || runuser -u "$PG_USER" -- test -x "$wanted" 2>/dev/null; then echo "$wanted"; else mkdir -p "$fallback"; echo "$fallback"; fi
}

# Two database roles: the owner (initdb's superuser, here `mandate`) migrates and seeds; the API and the worker log in as
# APP_DB_USER, which `cli.js migrate` creates from DATABASE_URL with only the application's privileges (apps/api/src/database/app-role.ts).
APP_DB_USER=mandate_app

# start_postgres DATA_DIR PORT DB USER PASSWORD [throwaway]
start_postgres() {
  local data="$1" port="$2" db="$3" user="$4" password="$5" throwaway="${6:-}"
  ensure_pg_user
  mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown "$PG_USER:" "$data" && chmod 700 "$data"
  if [ ! -s "$data/PG_VERSION" ]; then
    log "Creating a PostgreSQL cluster in $data"
    local pwfile; pwfile="$(mktemp)"; printf '%s\n' "$password" >"$pwfile"; chmod 644 "$pwfile"
    as_pg "$PG_BIN/initdb" -D "$data" -U "$user" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null || { rm -f "$pwfile"; die "initdb failed"; }
    rm -f "$pwfile"
  fi
  if as_pg "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "PostgreSQL already running ($data)"
  else
    local opts="-p $port -k $data -c listen_addresses=127.0.0.1"
    [ -n "$throwaway" ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start -o "$opts" >/dev/null || { tail -20 "$data/server.log" >&2; die "PostgreSQL did not start (port $port in use?)"; }
    log "PostgreSQL listening on 127.0.0.1:$port"
  fi
  PGPASSWORD="$password" "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 ||
    PGPASSWORD="$password" "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE \"$db\"" >/dev/null ||
    die "could not create database $db"
}

stop_postgres() {
  local data="$1"
  [ -s "$data/PG_VERSION" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 && log "PostgreSQL stopped" || true
}

# start_redis DIR PORT [throwaway]
start_redis() {
  local dir="$1" port="$2" throwaway="${3:-}"
  ensure_redis
  mkdir -p "$dir"
  if redis-cli -p "$port" ping >/dev/null 2>&1; then log "Redis already running on $port"; return 0; fi
  local persistence=(--appendonly yes --appendfsync everysec)
  [ -n "$throwaway" ] && persistence=(--save '' --appendonly no)
  redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" "${persistence[@]}" || die "Redis did not start"
  for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && { log "Redis listening on 127.0.0.1:$port"; return 0; }; sleep 0.1; done
  die "Redis did not answer on port $port"
}

stop_redis() {
  local port="$1"
  redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 && log "Redis stopped" || true
}

random_secret() { node -e "process.stdout.write(require('node:crypto').randomBytes(48).toString('base64url'))"; }

wait_for_http() {
  local url="$1" seconds="${2:-60}"
  for _ in $(seq 1 $((seconds * 5))); do
    node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$url" && return 0
    sleep 0.2
  done
  return 1
}

# Throwaway PostgreSQL (database mandate_test, owner and application roles) and Redis for the tests, on the given
# ports; exports what the API and the tests read. TEST_DB_PASSWORD / TEST_APP_DB_PASSWORD stay set for further
# databases on the same server. stop_test_services removes them both.
start_test_services() {
  TEST_SERVICES_PG_PORT="$1"
  TEST_SERVICES_REDIS_PORT="$2"
  TEST_SERVICES_DIR="$(mktemp -d /tmp/mandate-test.XXXXXX)"
  chmod 755 "$TEST_SERVICES_DIR"
  TEST_DB_PASSWORD="$(random_secret)"
  TEST_APP_DB_PASSWORD="$(random_secret)"
  start_postgres "$TEST_SERVICES_DIR/postgres" "$TEST_SERVICES_PG_PORT" mandate_test mandate "$TEST_DB_PASSWORD" throwaway
  start_redis "$TEST_SERVICES_DIR/redis" "$TEST_SERVICES_REDIS_PORT" throwaway
  export NODE_ENV=test LOG_LEVEL=silent
  export DATABASE_OWNER_URL="postgres://mandate:${TEST_DB_PASSWORD}@127.0.0.1:${TEST_SERVICES_PG_PORT}/mandate_test"
  export DATABASE_URL="postgres://${APP_DB_USER}:${TEST_APP_DB_PASSWORD}@127.0.0.1:${TEST_SERVICES_PG_PORT}/mandate_test"
  export REDIS_URL="redis://127.0.0.1:${TEST_SERVICES_REDIS_PORT}"
  JWT_SECRET="$(random_secret)"
  export JWT_SECRET
}

stop_test_services() {
  [ -n "${TEST_SERVICES_DIR:-}" ] || return 0
  stop_redis "$TEST_SERVICES_REDIS_PORT"
  stop_postgres "$TEST_SERVICES_DIR/postgres"
  rm -rf "$TEST_SERVICES_DIR"
}
