#!/usr/bin/env bash
# Refreshes wwwroot/display/teams.min.js from the npm package @microsoft/teams-js (the Teams JavaScript client
# library the tab configuration page needs). Installs into a temporary folder: no node_modules in the repository.
# Usage: bash src/TeamsDialogueBot.Host/Display/vendor-teams-js.sh [version]
set -euo pipefail
version="${1:-2.58.0}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../wwwroot/display/teams.min.js"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --no-audit --no-fund --silent --prefix "$work" "@microsoft/teams-js@$version" >/dev/null
source="$work/node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js"
installed="$(node -p "require('$work/node_modules/@microsoft/teams-js/package.json').version")"
{
  echo "/*! @microsoft/teams-js $installed | Copyright (c) Microsoft Corporation | MIT License | https://github.com/OfficeDev/microsoft-teams-library-js/blob/main/LICENSE */"
  grep -v '^//# sourceMappingURL=' "$source"
} > "$target"
echo "vendored @microsoft/teams-js $installed -> $target"
