#!/usr/bin/env bash
# build-aux/flatpak/sandbox-checks.sh APP_ID OUT_DIR
#
# Runs the installed Tend in the real Flatpak sandbox, as a person would start it, in a fresh
# HOME: under Xvfb with a private session bus (xvfb-run + dbus-run-session). Checks that the
# window opens, that words typed into it land in a month file under ~/.var/app/APP_ID/, that
# nothing else in HOME changed, and that the sandbox cannot reach the host's loopback (with a
# counter-test that grants network and must connect). Prints 'ok - …' or 'FAIL - …'.
set -uo pipefail

APP_ID="$1" OUT="$2"
APP_DIR=".var/app/$APP_ID"
# Plain ASCII, so xdotool types it the same with any keyboard map.
WORDS="Flatpak sandbox check $$ at $(date +%s): I stayed with my breath"

ok () { printf 'ok   - sandbox: %s\n' "$1"; }
bad () { printf 'FAIL - sandbox: %s\n' "$1"; [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/       /'; }
check () { if [ "$1" = "$2" ]; then ok "$3"; else bad "$3" "got '$1', wanted '$2'"; fi; }
wait_for () { # wait_for SECONDS CMD… — until CMD succeeds
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@"; do [ "$(date +%s)" -lt "$deadline" ] || return 1; sleep 0.3; done
}

# Inside the X session ---------------------------------------------------------------------
if [ "${3:-}" = __session ]; then
  # The session's daemons print to the same stdout: the verdicts go to their own file.
  exec >"$OUT/session-checks.txt"
  # 1. Start Tend as the launcher would, and find its window by title.
  flatpak --user run "$APP_ID" >"$OUT/tend.log" 2>&1 &
  tend=$!
  find_window () { xdotool search --onlyvisible --name '^Tend$' 2>/dev/null | head -n 1; }
  window_shown () { [ -n "$(find_window)" ]; }
  if wait_for 60 window_shown; then
    wid=$(find_window)
    ok "the window 'Tend' opens ($(xwininfo -id "$wid" | awk '/Width:/ {w=$2} /Height:/ {print w "x" $2}'))"
  else
    bad "no visible window named Tend within 60 s" "$(tail -n 20 "$OUT/tend.log")"
  fi

  # 2. Type through XTEST as a keyboard does, straight away: Tend opens with the focus on
  #    today's page. Then quit with Ctrl+Q, which saves.
  if [ -n "${wid:-}" ]; then
    sleep 1
    xdotool windowfocus --sync "$wid"
    sleep 0.5
    xdotool type --delay 15 "$WORDS"
    sleep 0.5
    xdotool key ctrl+q
  fi
  if wait_for 20 sh -c "! kill -0 $tend 2>/dev/null"; then
    wait "$tend"; check "$?" 0 "Ctrl+Q quits Tend with status 0"
  else
    bad "Tend still runs 20 s after Ctrl+Q" "$(tail -n 20 "$OUT/tend.log")"
    kill "$tend" 2>/dev/null
  fi

  journal="$HOME/$APP_DIR/data/tend/journal"
  months=$(find "$journal" -maxdepth 1 -name '*.json' 2>/dev/null)
  if [ -n "$months" ] && ! grep -Evq '/[0-9]{4}-[0-9]{2}\.json$' <<<"$months"; then
    ok "the journal holds month files: $(echo "$months" | xargs -n1 basename | paste -sd' ')"
  else
    bad "no month file YYYY-MM.json in ~/$APP_DIR/data/tend/journal" "$(find "$HOME/.var" 2>&1)"
  fi
  found=$(for f in $months; do
    jq -r --arg w "$WORDS" 'select(.format == "tend-journal") | .entries[]? | select(.text == $w) | .id' "$f"
  done 2>&1)
  [ -n "$found" ] && ok "the typed words are an entry in a tend-journal month file" ||
    bad "the typed words are in no month file" "$(cat $months 2>/dev/null | head -c 2000)"
  check "$(stat -c %a "$journal" 2>/dev/null)" 700 "the journal folder is private (0700)"
  for f in $months; do check "$(stat -c %a "$f")" 600 "$(basename "$f") is private (0600)"; done

  # 3. No network: a listener on the host's loopback, and a connect from inside the sandbox.
  listen () {
    rm -f "$OUT/listener.port"
    python3 -c 'import socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(4); s.settimeout(20)
open(sys.argv[1] + ".tmp", "w").write(str(s.getsockname()[1])); __import__("os").rename(sys.argv[1] + ".tmp", sys.argv[1])
try:
    s.accept(); print("accepted", flush=True)
except OSError:
    print("nothing", flush=True)' "$OUT/listener.port" >"$OUT/listener.out" &
    listener=$!
    wait_for 10 test -s "$OUT/listener.port"
  }
  connect () { # bash's /dev/tcp, so the platform needs no extra tool
    flatpak --user run "$@" --command=bash "$APP_ID" -c \
      'if exec 3<>/dev/tcp/127.0.0.1/'"$(cat "$OUT/listener.port")"'; then echo connected; else echo refused; fi' \
      2>>"$OUT/connect.log"
  }
  listen
  check "$(connect)" refused "the sandbox cannot connect to a listener on the host's 127.0.0.1"
  kill "$listener" 2>/dev/null; wait "$listener" 2>/dev/null
  check "$(cat "$OUT/listener.out")" "" "the host's listener saw no connection"
  # Counter-test: the same connect with --share=network must succeed, or the check above
  # could pass for the wrong reason.
  listen
  check "$(connect --share=network)" connected "counter-test: with --share=network the same connect succeeds"
  wait "$listener"
  check "$(cat "$OUT/listener.out")" accepted "counter-test: the host's listener saw it"

  # 4. The app's processes may write to $HOME inside; the HOME check below shows it stays there.
  check "$(flatpak --user run --command=bash "$APP_ID" -c 'echo out >"$HOME/escape.txt" && echo written' 2>&1)" \
    written "inside the sandbox a write to \$HOME succeeds (it must not reach the host)"
  exit 0
fi

# Outside: a fresh HOME, snapshots around the session ----------------------------------------
HOME=$(mktemp -d "${TMPDIR:-/tmp}/tend-flatpak-home.XXXXXX")
# A session's runtime folder lives outside HOME, as /run/user/UID does; without one GLib and
# flatpak would fall back to ~/.cache.
XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tend-flatpak-run.XXXXXX")
export HOME XDG_RUNTIME_DIR
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
mkdir -p "$HOME/Documents" "$HOME/.config"
echo "a letter the app must not touch" >"$HOME/Documents/letter.txt"

snapshot () { find "$HOME" -mindepth 1 -printf '%P\t%y\t%m\t%s\t%T@\n' | sort; }
snapshot >"$OUT/home-before.txt"
xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
  dbus-run-session -- "$0" "$APP_ID" "$OUT" __session >"$OUT/session.log" 2>&1
cat "$OUT/session-checks.txt" 2>/dev/null || bad "the X session did not run (see $OUT/session.log)"
snapshot >"$OUT/home-after.txt"

# Every path that appeared, vanished or changed must be the app's own folder or a parent of it.
# .var and .var/app are the folders flatpak makes to hold ~/.var/app/APP_ID; nothing else is
# allowed: not ~/.cache, ~/.config, ~/.local or dot files from the session or the portals.
outside_app () {
  diff "$1" "$2" | sed -n 's/^[<>] //p' | cut -f1 | sort -u |
    grep -Ev "^(\.var|\.var/app|$(sed 's/\./\\./g' <<<"$APP_DIR")(/.*)?)$"
}
changed=$(outside_app "$OUT/home-before.txt" "$OUT/home-after.txt")
if [ -z "$changed" ]; then
  ok "nothing in HOME changed outside ~/$APP_DIR ($(wc -l <"$OUT/home-after.txt") paths after the run)"
else
  bad "HOME changed outside ~/$APP_DIR" "$changed"
fi
# The decoy is really there and untouched, so an empty diff means something.
check "$(cat "$HOME/Documents/letter.txt")" "a letter the app must not touch" "a file already in HOME is untouched"
rm -rf "$HOME"

# Counter-test: with --filesystem=home the same write reaches the host, and the check sees it.
HOME=$(mktemp -d "${TMPDIR:-/tmp}/tend-flatpak-home.XXXXXX")
snapshot >"$OUT/home-before-granted.txt"
flatpak --user run --filesystem=home --command=bash "$APP_ID" -c 'echo out >"$HOME/escape.txt"' \
  >>"$OUT/session.log" 2>&1
snapshot >"$OUT/home-after-granted.txt"
check "$(outside_app "$OUT/home-before-granted.txt" "$OUT/home-after-granted.txt")" escape.txt \
  "counter-test: with --filesystem=home the write to \$HOME is seen as a change outside the app"
rm -rf "$HOME" "$XDG_RUNTIME_DIR" 2>/dev/null || true
