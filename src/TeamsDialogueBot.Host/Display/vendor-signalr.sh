#!/usr/bin/env bash
# Refreshes wwwroot/display/signalr.min.js from the npm package @microsoft/signalr (the browser client of
# ASP.NET Core SignalR). Installs into a temporary folder, so no node_modules is left in the repository.
# Usage: bash src/TeamsDialogueBot.Host/Display/vendor-signalr.sh [version]
set -euo pipefail
version="${1:-10.0.11}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../wwwroot/display/signalr.min.js"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --no-audit --no-fund --silent --prefix "$work" "@microsoft/signalr@$version" >/dev/null
source="$work/node_modules/@microsoft/signalr/dist/browser/signalr.min.js"
installed="$(node -p "require('$work/node_modules/@microsoft/signalr/package.json').version")"
{
  # The minified file carries no header of its own; this one keeps the licence with the copy.
  echo "/*! @microsoft/signalr $installed | Copyright (c) .NET Foundation and Contributors | MIT License | https://github.com/dotnet/aspnetcore/blob/main/LICENSE.txt */"
  # The source map is not vendored, so its reference goes.
  grep -v '^//# sourceMappingURL=' "$source"
} > "$target"
echo "vendored @microsoft/signalr $installed -> $target"
