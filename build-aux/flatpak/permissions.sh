#!/usr/bin/env bash
# build-aux/flatpak/permissions.sh MANIFEST APP_ID
#
# The installed app's permissions (`flatpak info --show-permissions`) must be exactly the
# manifest's finish-args: nothing more, nothing lost. Both sides become `Section/key=value`
# lines and are compared as sets. Prints 'ok - …' or 'FAIL - …'.
set -uo pipefail

MANIFEST="$1" APP_ID="$2"

# finish-args → the keyfile flatpak writes into the app's metadata.
expected () {
  local arg
  while read -r arg; do
    case "$arg" in
      --share=*) echo "Context/shared=${arg#*=}" ;;
      --socket=*) echo "Context/sockets=${arg#*=}" ;;
      --device=*) echo "Context/devices=${arg#*=}" ;;
      --allow=*) echo "Context/features=${arg#*=}" ;;
      --filesystem=*) echo "Context/filesystems=${arg#*=}" ;;
      --persist=*) echo "Context/persistent=${arg#*=}" ;;
      --talk-name=*) echo "Session Bus Policy/${arg#*=}=talk" ;;
      --own-name=*) echo "Session Bus Policy/${arg#*=}=own" ;;
      --system-talk-name=*) echo "System Bus Policy/${arg#*=}=talk" ;;
      --env=*) echo "Environment/${arg#*=}" ;;
      *) echo "UNKNOWN/$arg" ;;
    esac
  done < <(jq -r '."finish-args"[]?' "$MANIFEST")
  # Flatpak itself adds x11 beside fallback-x11, for clients older than 0.11.3 that do not
  # know fallback-x11; newer ones give X11 only when there is no Wayland.
  jq -e '."finish-args" | index("--socket=fallback-x11")' "$MANIFEST" >/dev/null &&
    echo "Context/sockets=x11"
}

# `[Section]` then `key=a;b;` lines → one `Section/key=a` line per value.
granted () {
  awk -F= '
    /^\[.*\]$/ { section = substr($0, 2, length($0) - 2); next }
    /=/ {
      key = $1; value = substr($0, length(key) + 2)
      if (section == "Context") {
        n = split(value, parts, ";")
        for (i = 1; i <= n; i++) if (parts[i] != "") print section "/" key "=" parts[i]
      } else print section "/" key "=" value
    }' <<<"$1"
}

if ! perms=$(flatpak --user info --show-permissions "$APP_ID" 2>&1); then
  printf 'FAIL - permissions: flatpak info failed\n%s\n' "$perms"
  exit 0
fi
want=$(expected | sort -u)
got=$(granted "$perms" | sort -u)
extra=$(comm -13 <(echo "$want") <(echo "$got"))
missing=$(comm -23 <(echo "$want") <(echo "$got"))
if [ -z "$extra" ] && [ -z "$missing" ] && [ -n "$got" ]; then
  printf 'ok   - permissions: exactly the finish-args (%s)\n' "$(echo "$got" | sed 's|^Context/||' | paste -sd' ')"
else
  printf 'FAIL - permissions differ from finish-args\n'
  [ -z "$extra" ] || echo "$extra" | sed 's/^/       granted, not in the manifest: /'
  [ -z "$missing" ] || echo "$missing" | sed 's/^/       in the manifest, not granted: /'
  echo "$perms" | sed 's/^/       /'
fi
