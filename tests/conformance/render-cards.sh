#!/usr/bin/env bash
# Regenerates docs/cards/*.png: every card in the conformance catalogue (the ICardSamples classes in
# tests/TeamsDialogueBot.Conformance.Tests), drawn by the official renderer in Debian's headless Chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
  echo "render-cards: Chromium is needed (Debian: apt-get install chromium, or set CHROMIUM_PATH)" >&2
  exit 1
fi
(cd "$root/tests/conformance" && [[ -d node_modules ]] || npm ci --no-audit --no-fund)
UPDATE_CARD_PICTURES=1 dotnet test "$root/tests/TeamsDialogueBot.Conformance.Tests" \
  --filter "FullyQualifiedName~CardPictureTests" --nologo
ls -1 "$root/docs/cards"/*.png
