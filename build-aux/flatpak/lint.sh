#!/usr/bin/env bash
# build-aux/flatpak/lint.sh MANIFEST APP_ID
#
# Offline stand-in for Flathub's checks: rules on the SHIPPED manifest (a subset of
# flatpak-builder-lint, which cannot be installed here), then the desktop file, metainfo and
# schema as installed in the app, validated with the test SDK's tools (appstreamcli from Debian
# sid, which knows <developer>; warnings fail), and composed with appstreamcli compose.
# FLATPAK_USER_DIR must hold the SDK and the installed app.
# Prints 'ok - …' or 'FAIL - …' per check.
set -uo pipefail

MANIFEST="$1" APP_ID="$2"
ok () { printf 'ok   - lint: %s\n' "$1"; }
bad () { printf 'FAIL - lint: %s\n' "$1"; [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/       /'; }
expect () { # expect WHAT CMD… — the command must succeed
  local what="$1" out; shift
  if out=$("$@" 2>&1); then ok "$what"; else bad "$what" "$out"; fi
}

# --- The manifest ---------------------------------------------------------------------------
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/tend-lint.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
# --show-manifest leaves .flatpak-builder/ in the current folder, so it runs in a scratch one.
expect "flatpak-builder parses the manifest" \
  sh -c 'cd "$1" && flatpak-builder --show-manifest "$2" >/dev/null' sh "$SCRATCH" "$MANIFEST"

[ "$(jq -r '.id // ."app-id"' "$MANIFEST")" = "$APP_ID" ] && ok "manifest id is $APP_ID" ||
  bad "manifest id is not $APP_ID"
# Flathub's id rules: 3–5 components of [A-Za-z0-9_], a dash only in the last, and a
# code-hosting prefix needs four components.
echo "$APP_ID" | grep -Eq '^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){1,3}\.[A-Za-z_][A-Za-z0-9_-]*$' &&
  [ "$(echo "$APP_ID" | tr -cd . | wc -c)" -ge 3 ] && ok "app id has the form Flathub accepts" ||
  bad "app id breaks Flathub's rules"
jq -e '.runtime == "org.gnome.Platform" and .sdk == "org.gnome.Sdk"' "$MANIFEST" >/dev/null &&
  ok "the shipped manifest uses org.gnome.Platform and org.gnome.Sdk" || bad "runtime or sdk is not GNOME's"
jq -e '.command and (.command | contains("/") | not)' "$MANIFEST" >/dev/null &&
  ok "command is a name, not a path" || bad "command is missing or a path"

finish_args=$(jq -r '."finish-args"[]?' "$MANIFEST")
for want in --share=ipc --socket=wayland --socket=fallback-x11 --device=dri; do
  grep -qx -- "$want" <<<"$finish_args" && ok "finish-args have $want" || bad "finish-args lack $want"
done
# A private journal needs no network, no files outside its own folder, no bus beyond portals.
if refused=$(grep -E -- '^--(socket=x11|share=network|filesystem=|socket=session-bus|socket=system-bus|talk-name=|system-talk-name=|device=all)' <<<"$finish_args"); then
  bad "finish-args grant more than a journal needs" "$refused"
else
  ok "finish-args grant no network, files, x11 or bus names"
fi
jq -e '[.. | objects | ."build-args"? // empty | .[] | select(. == "--share=network")] | length == 0' \
  "$MANIFEST" >/dev/null && ok "no build step asks for network" || bad "build-args grant network"

# --- What the app installed -----------------------------------------------------------------
files="$(flatpak --user info --show-location "$APP_ID" 2>/dev/null)/files"
desktop="$files/share/applications/$APP_ID.desktop"
metainfo="$files/share/metainfo/$APP_ID.metainfo.xml"
# flatpak-builder 1.2 moves the metainfo to the legacy appdata folder.
[ -f "$metainfo" ] || metainfo="$files/share/appdata/$APP_ID.appdata.xml"
schema_dir="$files/share/glib-2.0/schemas"
for f in "$desktop" "$metainfo" "$schema_dir/$APP_ID.gschema.xml" \
         "$files/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$files/bin/$(jq -r .command "$MANIFEST")"; do
  [ -f "$f" ] && ok "installed ${f#"$files"/}" || bad "not installed: ${f#"$files"/}"
done
for lang in de es fr; do
  [ -f "$files/share/locale/$lang/LC_MESSAGES/tend.mo" ] && ok "installed the $lang translation" ||
    bad "no $lang translation in share/locale"
done

# The SDK's tools, run on the installed files (read-only), with a scratch HOME.
sdk () {
  HOME="$SCRATCH" flatpak --user run --filesystem="$files":ro --command="$1" org.example.TestSdk//1 "${@:2}"
}
expect "desktop-file-validate" sdk desktop-file-validate "$desktop"
expect "glib-compile-schemas --strict accepts the schema" \
  sdk glib-compile-schemas --strict --dry-run "$schema_dir"
# appstreamcli fails on errors and warnings; --no-net because the screenshots are not online yet.
expect "appstreamcli validate (SDK's $(sdk appstreamcli --version 2>/dev/null | head -n 1 | grep -oE '[0-9.]+$'))" \
  sdk appstreamcli validate --no-net --explain "$metainfo"

# What flatpak-builder 1.4 does at the end of a build, and the test build turns off (see
# build-aux/flatpak-test): compose the catalogue entry and its icons from the installed files.
# appstreamcli reads share/metainfo only, so the copy puts back what flatpak-builder 1.2 moved.
compose_check () {
  local app="$SCRATCH/app" out="$SCRATCH/compose" log
  cp -a "$files" "$app" && mkdir -p "$app/share/metainfo" || return 1
  [ -f "$app/share/metainfo/$APP_ID.metainfo.xml" ] ||
    mv "$app/share/appdata/$APP_ID.appdata.xml" "$app/share/metainfo/$APP_ID.metainfo.xml"
  log=$(HOME="$SCRATCH" flatpak --user run --filesystem="$SCRATCH" --command=appstreamcli \
          org.example.TestSdk//1 compose --no-net --no-color --prefix=/ --origin=flatpak \
          --result-root="$out" --data-dir="$out/xmls" --icons-dir="$out/icons" \
          --components="$APP_ID" "$app" 2>&1) || { echo "$log"; return 1; }
  if ! zcat "$out/xmls/flatpak.xml.gz" 2>/dev/null | grep -q "<id>$APP_ID</id>" ||
     [ -z "$(find "$out/icons/128x128" -name "$APP_ID.*" 2>/dev/null)" ]; then
    echo "$log"; return 1
  fi
}
expect "appstreamcli compose makes the catalogue entry and a 128x128 icon" compose_check

# What Flathub requires and appstreamcli does not insist on.
xpath_count () { sdk xmllint --xpath "count($1)" "$metainfo" 2>/dev/null || echo 0; }
for x in '//developer[@id]/name' '//launchable[@type="desktop-id"]' '//content_rating[@type="oars-1.1"]' \
         '//releases/release[@version][@date]/description' '//url[@type="homepage"]' \
         '//branding/color[@type="primary"][@scheme_preference="light"]' \
         '//branding/color[@type="primary"][@scheme_preference="dark"]' \
         '//project_license' '//metadata_license' '//translation[@type="gettext"]'; do
  [ "$(xpath_count "$x")" -ge 1 ] && ok "metainfo has $x" || bad "metainfo lacks $x"
done
shots=$(xpath_count '//screenshots/screenshot/image')
captions=$(xpath_count '//screenshots/screenshot/caption[not(@xml:lang)]')
[ "$shots" -ge 1 ] && [ "$shots" = "$captions" ] && ok "metainfo has $shots screenshots, each with a caption" ||
  bad "metainfo screenshots: $shots images, $captions captions"
[ "$(sdk xmllint --xpath 'string(/component/id)' "$metainfo")" = "$APP_ID" ] &&
  ok "metainfo id is the manifest id" || bad "metainfo id differs from the manifest id"
[ "$(sdk xmllint --xpath 'string(//launchable)' "$metainfo")" = "$APP_ID.desktop" ] &&
  ok "launchable is $APP_ID.desktop" || bad "launchable is not $APP_ID.desktop"
