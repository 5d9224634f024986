#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test (tests/browser/): headless Chromium runs the
# runtime's WebGPU backend (on its SwiftShader/Vulkan software adapter when there is no GPU)
# and its WASM backend. `npx playwright install` needs a download that is not available
# everywhere, so playwright-core drives this system browser (/usr/bin/chromium) instead.
# Idempotent; needs root.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "setup-browser: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) already installed"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "setup-browser: needs root to install chromium with apt-get" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "setup-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
