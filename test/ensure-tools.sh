#!/usr/bin/env bash
# Makes sure the Debian tools the test tiers use are present: Chromium at /usr/bin/chromium for the
# browser tier, jing for Atom's RELAX NG check and nginx for the deploy recipes (test/build/nginx.test.ts
# serves a built site with the generated nginx.conf), Java 17 for the Nu HTML Checker (vnu-jar) and
# fonts-noto-cjk so the browser gates lay Chinese out as readers see it. Installs them with apt-get
# when run as root; never downloads a browser of its own.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v jing >/dev/null || missing+=(jing)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "tests need Debian packages: ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing Debian packages for the tests: ${missing[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
