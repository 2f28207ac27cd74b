#!/bin/sh
# Run by the nginx image's entrypoint (/docker-entrypoint.d): turns MANDATE_TRUSTED_PROXIES (addresses or CIDR
# ranges, comma- or space-separated) into the set_real_ip_from lines nginx.conf includes. Only those peers may say
# who the client is in X-Forwarded-For; with none, the connecting address is the client. Anything else is refused.
set -eu
out="${MANDATE_TRUSTED_PROXIES_FILE:-/tmp/nginx-trusted-proxies.conf}"
: >"$out"
for entry in $(printf '%s' "${MANDATE_TRUSTED_PROXIES:-}" | tr ',' ' '); do
  if ! printf '%s' "$entry" | grep -Eq '^([0-9]{1,3}\.){3}[0-9]{1,3}(/[0-9]{1,2})?$|^[0-9A-Fa-f:]+:[0-9A-Fa-f:]*(/[0-9]{1,3})?$'; then
    echo "MANDATE_TRUSTED_PROXIES: \"$entry\" is not an IP address or CIDR range" >&2
    exit 1
  fi
  echo "set_real_ip_from $entry;" >>"$out"
done
