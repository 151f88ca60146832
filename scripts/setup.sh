#!/usr/bin/env bash
# Sets up a fresh machine for Catalog Doctor: Debian packages the tests and benchmarks use, then npm ci.
# Safe to run again; it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: please install with your package manager: ${need[*]} (tests that need them will skip)" >&2
  fi
fi

# Electron's postinstall downloads its binary from GitHub, and onnxruntime-node's probes for CUDA;
# neither is reachable or wanted on a machine without them. The app falls back to browser mode.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
export ONNXRUNTIME_NODE_INSTALL_CUDA=skip
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm run build
fi
