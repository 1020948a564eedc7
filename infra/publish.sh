#!/usr/bin/env bash
# Builds the package App Service runs (docs/deployment.md, step 3): the host published self-contained for linux-x64
# with composite ReadyToRun, and that folder zipped for `az webapp deploy --type zip`.
#
#   bash infra/publish.sh [publish-dir] [zip-path]      # defaults: out/publish and out/app.zip
#   TDB_PUBLISH_PLAIN=1 bash infra/publish.sh ...       # framework-dependent, no ReadyToRun (under a minute)
#
# Why composite ReadyToRun (bench/README.md, "Third pass"): a plain publish compiles the bot's code when it first
# runs, so the first burst of votes or `q+` after a restart waited for the JIT (cold storm p99 40–85 ms against a
# target of 50). Compiling the framework and the bot together into one image also precompiles the generic code over
# the bot's types (async state machines, collections) that a framework-dependent ReadyToRun publish cannot hold.
# Cost: about 5 minutes of crossgen on two cores and a ~330 MB folder (~110 MB zipped), for Linux x64 only.
set -euo pipefail
cd "$(dirname "$0")/.."

publish_dir="${1:-out/publish}"
zip_path="${2:-out/app.zip}"

if ! command -v zip >/dev/null 2>&1; then
  echo "publish: 'zip' is required (apt-get install zip)" >&2
  exit 1
fi

rm -rf "$publish_dir"
if [[ "${TDB_PUBLISH_PLAIN:-}" == "1" ]]; then
  dotnet publish src/TeamsDialogueBot.Host -c Release -o "$publish_dir"
else
  dotnet publish src/TeamsDialogueBot.Host -c Release -r linux-x64 --self-contained \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$publish_dir"
fi

# The startup command (infra/main.bicep: `dotnet TeamsDialogueBot.Host.dll`) needs no executable bit, but zip
# keeps the bit anyway (Info-ZIP stores Unix modes), so `./TeamsDialogueBot.Host` also works where it survives.
mkdir -p "$(dirname "$zip_path")"
zip_abs="$(cd "$(dirname "$zip_path")" && pwd)/$(basename "$zip_path")"
rm -f "$zip_abs"
(cd "$publish_dir" && zip -qr "$zip_abs" .)
echo "publish: $publish_dir → $zip_path ($(du -h "$zip_abs" | cut -f1))"
