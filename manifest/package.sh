#!/usr/bin/env bash
# Builds the sideloadable Teams app package: manifest.json (placeholders filled) + both icons at the
# zip root.   bash manifest/package.sh <microsoft-app-id> <bot-host> [version]
# <bot-host> is the public host name of the web app (e.g. dialogue-bot.azurewebsites.net): no scheme,
# no path, no port. OUT_DIR overrides where the zip goes (default: out/ at the repository root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
usage="usage: bash manifest/package.sh <microsoft-app-id> <bot-host> [version]"

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "$usage" >&2
  exit 2
fi
app_id="$1" host="$2" version="${3:-1.0.0}"

if [[ ! "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "package: the app id must be the bot's Entra application (client) id, a GUID like 00000000-0000-0000-0000-000000000000; got '$app_id'" >&2
  exit 2
fi
if [[ "$host" == *://* || "$host" == */* || "$host" == *:* ]]; then
  echo "package: the host must be a bare host name such as dialogue-bot.azurewebsites.net (no https://, no path, no port); got '$host'" >&2
  exit 2
fi
if [[ ${#host} -gt 253 || ! "$host" =~ ^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$ ]]; then
  echo "package: '$host' is not a valid DNS host name (letters, digits and hyphens in dot-separated labels, e.g. dialogue-bot.azurewebsites.net)" >&2
  exit 2
fi
if [[ ! "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "package: the version must be semantic (MAJOR.MINOR.PATCH, e.g. 1.2.0); got '$version'" >&2
  exit 2
fi

out_dir="${OUT_DIR:-$here/../out}"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# The values were checked above, so they hold no character that sed would read as syntax.
sed -e "s/{{MICROSOFT_APP_ID}}/$app_id/g" -e "s/{{BOT_HOST}}/$host/g" -e "s/{{VERSION}}/$version/g" \
  "$here/manifest.template.json" > "$stage/manifest.json"
if grep -q '{{' "$stage/manifest.json"; then
  echo "package: manifest.template.json has a placeholder this script does not fill: $(grep -o '{{[A-Z_]*}}' "$stage/manifest.json" | sort -u | tr '\n' ' ')" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$stage/"

zip_path="$out_dir/TeamsDialogueBot.zip"
rm -f "$zip_path"
if command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -q -X "$zip_path" manifest.json color.png outline.png)
elif command -v python3 >/dev/null 2>&1; then
  (cd "$stage" && python3 -m zipfile -c "$zip_path" manifest.json color.png outline.png)
else
  echo "package: needs zip or python3 to write the package" >&2
  exit 1
fi
echo "$zip_path"
