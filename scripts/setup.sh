#!/usr/bin/env bash
# Installs everything the app and its tests need on a fresh Debian/Ubuntu machine:
# Debian packages (Chromium for e2e, LibreOffice + fonts for Word rendering checks),
# Node >= 22 (bootstrapped from the npm registry when the system node is older), and npm ci.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q "Noto Serif CJK" || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -q "AR PL UMing" || need+=(fonts-arphic-uming)
fc-list 2>/dev/null | grep -q "AR PL UKai" || need+=(fonts-arphic-ukai)
if [ ${#need[@]} -gt 0 ]; then
  echo "安装系统软件包：${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

source scripts/node-env.sh
echo "Node $(node --version)，npm $(npm --version)"
npm ci --no-audit --no-fund
