#!/bin/sh
# Writes the app's runtime settings, config.json, from the container's environment at start
# (README, "Deploy"). The keys are the build's VITE_* names; the app checks them with the same
# schema and lets them override what the image was built with. Run by the official nginx image's
# entrypoint (/docker-entrypoint.d/); scripts/serve-nginx.mjs runs it for CI.
#
# Nothing set and a config.json already there (mounted): it is left alone.
set -eu

out="${CONFIG_JSON_PATH:-/usr/share/nginx/html/config.json}"
keys="VITE_API_MODE VITE_API_BASE_URL VITE_WRITE_METHOD VITE_AUTH_MODE VITE_ENTRA_CLIENT_ID VITE_ENTRA_AUTHORITY VITE_ENTRA_SCOPE VITE_REQUEST_TIMEOUT_MS"

if [ -n "${VITE_API_TOKEN+x}" ]; then
  echo "referral-desk: VITE_API_TOKEN is not a deployment setting: config.json is public, a token there would be too." >&2
  exit 1
fi

body=""
for key in $keys; do
  eval "isSet=\${$key+x}"
  [ -n "$isSet" ] || continue
  eval "value=\${$key}"
  case "$value" in
    *[[:cntrl:]]*)
      echo "referral-desk: $key holds a control character." >&2
      exit 1
      ;;
  esac
  escaped=$(printf '%s' "$value" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')
  body="${body}${body:+,
}  \"$key\": \"$escaped\""
done

if [ -z "$body" ] && [ -e "$out" ]; then
  echo "referral-desk: no VITE_* settings in the environment; keeping $out"
  exit 0
fi

tmp="$out.tmp.$$"
if [ -z "$body" ]; then
  printf '{}\n' > "$tmp"
else
  printf '{\n%s\n}\n' "$body" > "$tmp"
fi
chmod 0644 "$tmp"
mv "$tmp" "$out"
echo "referral-desk: wrote $out"
