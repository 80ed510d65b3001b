#!/usr/bin/env bash
# build-aux/flatpak/make-runtime.sh REPO LOG_DIR [DEB_CACHE]
#
# Makes the TEST runtime org.example.TestPlatform//1 and its SDK org.example.TestSdk//1 from
# Debian sid with mmdebstrap and exports both into the OSTree repository REPO. sid carries the
# same minor versions as GNOME 51 (GTK 4.24, libadwaita 1.10), the runtime the manifest targets,
# but built by Debian, not GNOME: they exist so the shipped manifest can be built and run
# offline, and prove nothing about org.gnome.Platform itself.
# build-aux/flatpak-test calls this and caches the result under a hash of this file.
set -euo pipefail

# Fixed here, not taken from the environment: the cache is keyed by this file alone.
SUITE=sid
REPO="$1" LOG_DIR="$2" DEB_CACHE="${3:+$3/$SUITE}"
MIRROR="${TEND_MIRROR:-http://deb.debian.org/debian}"
ARCH="$(flatpak --default-arch)"

# What Tend needs at run time: the libraries it links (libgcrypt for sealing the journal, as in
# org.freedesktop.Platform), settings schemas and a backend for them,
# icons and an SVG loader, MIME data, fonts, and compiled locales for the languages it ships.
PLATFORM_PACKAGES=(
  libgtk-4-1 libadwaita-1-0 libjson-glib-1.0-0 libportal1 libportal-gtk4-1 libgcrypt20
  libglib2.0-bin gsettings-desktop-schemas dconf-gsettings-backend shared-mime-info
  hicolor-icon-theme adwaita-icon-theme librsvg2-common
  fonts-cantarell fonts-dejavu-core locales
)
# What the build needs: the compiler, meson, the -dev packages, glib-compile-resources and
# xmllint (resources are preprocessed with xml-stripblanks), gettext for the translated desktop
# file and metainfo, and the validators the offline lint runs, appstreamcli compose among them.
# flatpak-builder runs eu-strip inside the SDK. appstream-util is not here: sid no longer has it,
# so the test build turns off flatpak-builder 1.2's compose step that needs it, and the lint
# composes with appstreamcli instead, as flatpak-builder 1.4 does. libportal's headers are
# here so a manifest that bundles libportal can drop that module in the test copy.
SDK_PACKAGES=(
  "${PLATFORM_PACKAGES[@]}"
  gcc libc6-dev binutils elfutils patch pkgconf meson ninja-build python3
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev libjson-glib-dev
  libportal-dev libportal-gtk4-dev libgcrypt20-dev
  gettext itstool libxml2-utils desktop-file-utils appstream appstream-compose
)
LOCALES=(en_US.UTF-8 de_DE.UTF-8 es_ES.UTF-8 fr_FR.UTF-8)
KEEP_LANGUAGES='^(en|en_[A-Z]+|de|es|fr|locale.alias)$'

die () { printf 'build-aux/flatpak/make-runtime.sh: %s\n' "$*" >&2; exit 1; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/tend-runtime.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# strap NAME PACKAGES… — a minimal Debian tree in $TMP/NAME, without Recommends.
strap () {
  local name="$1"; shift
  local locale_lines args
  locale_lines=$(printf '%s UTF-8\\n' "${LOCALES[@]}")
  args=(--variant=essential --include="$(IFS=,; echo "$*")"
        --aptopt='APT::Install-Recommends "false"'
        --customize-hook="printf '$locale_lines' > \"\$1/etc/locale.gen\""
        --customize-hook='chroot "$1" locale-gen >/dev/null')
  # sid's Release file on the archive these machines reach is past its Valid-Until date, and
  # apt refuses it. Accept that for sid only: a stable suite with an expired file is a stale
  # mirror, which should stop the build.
  case "$SUITE" in
    sid|unstable)
      args+=(--aptopt='Acquire::Check-Valid-Until "false"')
      echo "make-runtime.sh: Acquire::Check-Valid-Until is off for $SUITE only: its Release file may be past Valid-Until" \
        >"$LOG_DIR/mmdebstrap-$name.log" ;;
    *) : >"$LOG_DIR/mmdebstrap-$name.log" ;;
  esac
  # Keep the downloaded packages, so a changed list does not fetch everything again.
  if [ -n "$DEB_CACHE" ]; then
    mkdir -p "$DEB_CACHE"
    args+=(--skip=essential/unlink
           --setup-hook='mkdir -p "$1"/var/cache/apt/archives'
           --setup-hook="sync-in $DEB_CACHE /var/cache/apt/archives"
           --customize-hook="sync-out /var/cache/apt/archives $DEB_CACHE")
  fi
  if ! mmdebstrap "${args[@]}" "$SUITE" "$TMP/$name" "$MIRROR" >>"$LOG_DIR/mmdebstrap-$name.log" 2>&1; then
    if grep -qiE 'could not resolve|failed to fetch|temporary failure|unable to connect' \
        "$LOG_DIR/mmdebstrap-$name.log"; then
      die "cannot reach the Debian archive ($MIRROR): no network? see $LOG_DIR/mmdebstrap-$name.log"
    fi
    die "mmdebstrap failed: see $LOG_DIR/mmdebstrap-$name.log"
  fi
}

# export_runtime NAME ID — turn the tree into a Flatpak runtime and export it into REPO.
# A runtime is `metadata` plus `files/`, which the sandbox mounts as /usr; files/etc becomes
# /etc. Debian's merged /usr maps onto that directly.
export_runtime () {
  local tree="$TMP/$1" id="$2" dir="$TMP/$1-runtime"
  mkdir -p "$dir/files"
  mv "$tree/usr"/* "$dir/files/"
  rm -rf "$tree/etc/apt" "$tree/etc/machine-id" "$tree/etc/hostname"
  mv "$tree/etc" "$dir/files/etc"
  rm -rf "$tree"
  # Libraries an app installs under /app must be found by the dynamic linker.
  printf '/app/lib\n/app/lib/%s-linux-gnu\n' "$(uname -m)" \
    >"$dir/files/etc/ld.so.conf.d/00-flatpak-app.conf"
  rm -rf "$dir/files/share/doc" "$dir/files/share/man" "$dir/files/share/info" \
         "$dir/files/share/lintian" "$dir/files/share/bug"
  find "$dir/files/share/locale" -mindepth 1 -maxdepth 1 -printf '%f\n' |
    grep -Ev "$KEEP_LANGUAGES" | sed "s|^|$dir/files/share/locale/|" | xargs -r rm -rf
  cat >"$dir/metadata" <<EOF
[Runtime]
name=$id
runtime=org.example.TestPlatform/$ARCH/1
sdk=org.example.TestSdk/$ARCH/1
EOF
  # --files=files: a runtime otherwise must keep its tree in usr/.
  flatpak build-export --runtime --files=files --disable-sandbox --no-update-summary \
    --subject="Tend test runtime $id from Debian $SUITE" "$REPO" "$dir" 1 \
    >>"$LOG_DIR/export.log" 2>&1 || die "flatpak build-export failed: see $LOG_DIR/export.log"
  rm -rf "$dir"
}

step () { printf 'build-aux/flatpak/make-runtime.sh: %s\n' "$*" >&2; }
t0=$(date +%s)
case "$SUITE" in
  sid|unstable) step "accepting $SUITE's Release file even past its Valid-Until date (for $SUITE only)" ;;
esac
step "Debian $SUITE platform"
strap platform "${PLATFORM_PACKAGES[@]}"
export_runtime platform org.example.TestPlatform
step "Debian $SUITE SDK ($(( $(date +%s) - t0 )) s so far)"
strap sdk "${SDK_PACKAGES[@]}"
export_runtime sdk org.example.TestSdk
flatpak build-update-repo "$REPO" >>"$LOG_DIR/export.log" 2>&1
step "test runtime and SDK exported in $(( $(date +%s) - t0 )) s"
