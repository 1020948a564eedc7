#!/usr/bin/env bash
# Refreshes the browser libraries the display pages load from wwwroot/display/, from their npm packages:
#   signalr.min.js  ← @microsoft/signalr   (ASP.NET Core SignalR's browser client; the live display)
#   teams.min.js    ← @microsoft/teams-js  (Teams JavaScript client; the tab configuration page)
# Installs into a temporary folder, so no node_modules is left in the repository. A licence header is
# added (the minified files carry none) and the source-map reference is dropped (maps are not vendored).
# Usage: bash src/TeamsDialogueBot.Host/Display/vendor-browser-libs.sh [signalr-version] [teams-js-version]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target_dir="$here/../wwwroot/display"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# vendor <package> <version> <file in package> <target name> <copyright> <licence url>
vendor() {
  local package="$1" version="$2" file="$3" target="$target_dir/$4" copyright="$5" licence="$6"
  npm install --no-audit --no-fund --silent --prefix "$work" "$package@$version" >/dev/null
  local installed
  installed="$(node -p "require('$work/node_modules/$package/package.json').version")"
  {
    echo "/*! $package $installed | Copyright (c) $copyright | MIT License | $licence */"
    grep -v '^//# sourceMappingURL=' "$work/node_modules/$package/$file"
  } > "$target"
  echo "vendored $package $installed -> $target"
}

vendor @microsoft/signalr "${1:-10.0.11}" dist/browser/signalr.min.js signalr.min.js \
  ".NET Foundation and Contributors" https://github.com/dotnet/aspnetcore/blob/main/LICENSE.txt
vendor @microsoft/teams-js "${2:-2.58.0}" dist/umd/MicrosoftTeams.min.js teams.min.js \
  "Microsoft Corporation" https://github.com/OfficeDev/microsoft-teams-library-js/blob/main/LICENSE
