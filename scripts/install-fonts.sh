#!/usr/bin/env bash
# Installs the CJK font the Chinese press release PDF embeds: Debian's fonts-wqy-microhei (TrueType outlines;
# PDFBox cannot embed the CFF-based Noto Sans CJK). Idempotent: does nothing when the font is there or
# MOMENTUM_CJK_FONT names a readable font. Uses sudo when not root.
set -euo pipefail
FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if [ -n "${MOMENTUM_CJK_FONT:-}" ] && [ -r "$MOMENTUM_CJK_FONT" ]; then exit 0; fi
if [ -r "$FONT" ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends fonts-wqy-microhei
[ -r "$FONT" ]
