#!/usr/bin/env bash
# Installs what real WebGPU needs on a Debian bookworm machine with no GPU: Mesa's software
# Vulkan driver (lavapipe) from bookworm-backports (Mesa 25; bookworm's own Mesa 22 lacks
# features Dawn requires) and the Vulkan loader. The `webgpu` npm package (Dawn) does the rest.
# Idempotent; needs root. The mirror is taken from the machine's own apt sources.
set -euo pipefail

if ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 && dpkg-query -W -f='${Version}' mesa-vulkan-drivers 2>/dev/null | grep -q '^2[5-9]\.'; then
  echo "setup-webgpu: Mesa lavapipe already installed ($(dpkg-query -W -f='${Version}' mesa-vulkan-drivers))"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "setup-webgpu: needs root to install mesa-vulkan-drivers from bookworm-backports" >&2
  exit 1
fi

src=/etc/apt/sources.list.d/debian.sources
backports=/etc/apt/sources.list.d/dlc-bookworm-backports.sources
if [ ! -e "$backports" ]; then
  uri=$(awk '/^URIs:/ { print $2; exit }' "$src")
  keyring=$(awk '/^Signed-By:/ { print $2; exit }' "$src")
  if [ -z "$uri" ] || [ -z "$keyring" ]; then
    echo "setup-webgpu: cannot read URIs/Signed-By from $src" >&2
    exit 1
  fi
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: %s\n' "$uri" "$keyring" > "$backports"
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq -t bookworm-backports mesa-vulkan-drivers libvulkan1 >/dev/null
echo "setup-webgpu: installed mesa-vulkan-drivers $(dpkg-query -W -f='${Version}' mesa-vulkan-drivers)"
