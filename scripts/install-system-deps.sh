#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, only those missing:
#   chromium (viewer end-to-end tests), libxml2-utils (xmllint: GEXF schema validation),
#   python3-networkx (an independent GEXF/GraphML reader).
set -euo pipefail
need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || need+=(python3-networkx)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "missing system packages: ${need[*]} (install them with your package manager, then run the tests again)" >&2
  exit 1
fi
echo "installing ${need[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
