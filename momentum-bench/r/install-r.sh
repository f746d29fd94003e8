#!/usr/bin/env bash
# Installs R and its forecast package from Debian (r-base-core, r-cran-forecast) for the forecast-m3 benchmark's
# same-run comparison. Idempotent: does nothing when Rscript and library(forecast) already work.
set -euo pipefail

have_r() {
    command -v Rscript >/dev/null 2>&1 && Rscript -e 'suppressPackageStartupMessages(library(forecast))' >/dev/null 2>&1
}

if have_r; then
    echo "R and forecast already installed: $(Rscript -e 'cat(R.version.string, "forecast", as.character(packageVersion("forecast")))' 2>/dev/null)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends r-base-core r-cran-forecast

have_r || { echo "install-r.sh: R's forecast package still does not load" >&2; exit 1; }
echo "installed: $(Rscript -e 'cat(R.version.string, "forecast", as.character(packageVersion("forecast")))' 2>/dev/null)"
