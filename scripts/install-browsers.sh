#!/bin/sh
# Playwright drives Debian's Chromium (`playwright install` cannot download its own here).
# Installs it with apt when it is missing; does nothing when /usr/bin/chromium exists.
set -eu
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "Chromium is missing: installing it with apt (needs root)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
