# The local run's services and database URLs (owner and application), from .data/secrets.env; sourced by start.sh, db.sh,
# backup.sh and restore.sh. Deployments elsewhere set DATABASE_OWNER_URL (and UPLOAD_DIR) themselves.

# Default ports below Linux's ephemeral range (32768–60999), where an outgoing connection could hold one and a start fail.
LOCAL_PG_PORT="${MANDATE_PG_PORT:-24329}"
LOCAL_REDIS_PORT="${MANDATE_REDIS_PORT:-24379}"

local_owner_url() {
  local secrets="$REPO_ROOT/.data/secrets.env"
  [ -f "$secrets" ] || die "no $secrets: set DATABASE_OWNER_URL, or start Mandate once with npm start"
  # shellcheck disable=SC1090
  (source "$secrets" && echo "postgres://mandate:${DB_PASSWORD}@127.0.0.1:${LOCAL_PG_PORT}/${MANDATE_DB:-mandate}")
}
