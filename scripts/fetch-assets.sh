#!/usr/bin/env bash
# Fetches the dashboard's JavaScript assets from the npm registry and copies them, with their licence, into the
# app's resources. The copies are committed so builds and the server run offline; rerun only to upgrade.
set -euo pipefail
cd "$(dirname "$0")/.."
ECHARTS_VERSION="${ECHARTS_VERSION:-5.5.1}"
dest=momentum-app/src/main/resources/public/vendor/echarts
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "echarts@${ECHARTS_VERSION}" >/dev/null && tar xzf echarts-*.tgz)
mkdir -p "$dest"
cp "$tmp/package/dist/echarts.min.js" "$dest/echarts.min.js"
cp "$tmp/package/LICENSE" "$dest/LICENSE"
[ -f "$tmp/package/NOTICE" ] && cp "$tmp/package/NOTICE" "$dest/NOTICE"
echo "echarts@${ECHARTS_VERSION} from the npm registry (npm pack), dist/echarts.min.js; Apache-2.0, see LICENSE" > "$dest/SOURCE.txt"
# Province boundaries: the shared reference copy (echarts@4.9.0 map/json/china.json, Apache-2.0), byte for byte.
geo=momentum-app/src/main/resources/public/geo
mkdir -p "$geo"
cp ../shared/data/geo/china.echarts-encoded.json "$geo/china.json"
cp ../shared/data/geo/README.md "$geo/SOURCE.md"; chmod u+w "$geo"/*
ls -l "$dest" "$geo"
