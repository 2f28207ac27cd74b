#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a NEW database and an upload folder, then migrates it (which also
# upgrades an older backup and creates the application's login):
#   bash scripts/restore.sh BACKUP_DIR [--replace]
# Target: DATABASE_OWNER_URL and UPLOAD_DIR (default: the local run's). The database must not exist unless --replace
# is given (then it is dropped first: stop the API and the worker). DATABASE_URL names the application's login.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/local-database.sh"
cd "$REPO_ROOT"

BACKUP="${1:?usage: restore.sh BACKUP_DIR [--replace]}"
REPLACE="${2:-}"
[ -f "$BACKUP/database.dump" ] && [ -f "$BACKUP/uploads.tar.gz" ] || die "$BACKUP is not a Mandate backup (database.dump, uploads.tar.gz)"
(cd "$BACKUP" && sha256sum --quiet -c SHA256SUMS) || die "$BACKUP fails its checksums"
OWNER_URL="${DATABASE_OWNER_URL:-$(local_owner_url)}"
UPLOADS="${UPLOAD_DIR:-$REPO_ROOT/.data/uploads}"
DB_NAME="$(node -e 'process.stdout.write(decodeURIComponent(new URL(process.argv[1]).pathname.slice(1)))' "$OWNER_URL")"
ADMIN_URL="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/postgres"; process.stdout.write(u.href)' "$OWNER_URL")"

exists="$("$PG_BIN/psql" "$ADMIN_URL" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")"
if [ -n "$exists" ]; then
  [ "$REPLACE" = "--replace" ] || die "database $DB_NAME exists; restore into a new one, or pass --replace to drop it first"
  "$PG_BIN/psql" "$ADMIN_URL" -qc "DROP DATABASE \"$DB_NAME\" WITH (FORCE)"
fi
"$PG_BIN/psql" "$ADMIN_URL" -qc "CREATE DATABASE \"$DB_NAME\""
# The dump grants to mandate_app; on a new server that role does not exist yet.
"$PG_BIN/psql" "$ADMIN_URL" -qc "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mandate_app') THEN CREATE ROLE mandate_app NOLOGIN; END IF; END \$\$"
"$PG_BIN/pg_restore" --no-owner --exit-on-error -d "$OWNER_URL" "$BACKUP/database.dump" || die "pg_restore failed"

mkdir -p "$UPLOADS"
[ "$REPLACE" = "--replace" ] && find "$UPLOADS" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
tar -C "$UPLOADS" -xzf "$BACKUP/uploads.tar.gz"

[ -f dist/apps/api/cli.js ] || npx nx build api --outputStyle=static >/dev/null || die "building the API failed"
DATABASE_OWNER_URL="$OWNER_URL" DATABASE_URL="${DATABASE_URL:-$OWNER_URL}" REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" JWT_SECRET="${JWT_SECRET:-$(random_secret)}" \
  node dist/apps/api/cli.js migrate
log "Restored $BACKUP into database $DB_NAME and $UPLOADS"
