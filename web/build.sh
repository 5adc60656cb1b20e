#!/usr/bin/env bash
# Rebuild the workbench's third-party browser files in kg/serve/static/vendor/ from the npm
# registry, at the exact versions pinned in web/package-lock.json. The built files are committed
# and shipped in the wheel, so nobody needs Node to install or run conflict-kg; run this only to
# upgrade them (edit package.json, `npm install` to update the lock file, then this script).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts
out=../kg/serve/static/vendor
rm -rf "$out"
mkdir -p "$out"
cp node_modules/@zazuko/yasgui/build/yasgui.min.js "$out/"
cp node_modules/@zazuko/yasgui/build/yasgui.min.css "$out/"
cp node_modules/cytoscape/dist/cytoscape.min.js "$out/"
cp node_modules/cytoscape/LICENSE "$out/cytoscape.LICENSE"
# The yasgui package ships no licence file; record what its package.json declares.
node -e 'const p=require("@zazuko/yasgui/package.json");
  console.log(`${p.name} ${p.version}: ${p.license} licence, see ${p.homepage || p.repository.url || p.repository}`)' \
  > "$out/yasgui.LICENSE"
# Drop the source-map comments: the maps are not shipped, and browsers would ask for them.
sed -i 's|//# sourceMappingURL=.*||' "$out"/*.js
sed -i 's|/\*# sourceMappingURL=.*\*/||' "$out"/*.css
node -e 'const l=require("./package-lock.json").packages;
  for (const k of ["node_modules/@zazuko/yasgui","node_modules/cytoscape"]) console.log(k.slice(13), l[k].version)' \
  > "$out/VERSIONS"
echo "built: $(ls "$out" | tr '\n' ' ')"
