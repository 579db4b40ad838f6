#!/usr/bin/env bash
# Checks the contracts in src/main/resources/wsdl with xmllint (Debian libxml2-utils):
# every file well-formed, every schema (the XSDs and the schemas inline in the WSDLs)
# compiles. The build's wsdl2java -validate checks the WSDLs themselves.
set -euo pipefail
cd "$(dirname "$0")/src/main/resources/wsdl"
work=$(mktemp -d "${TMPDIR:-/tmp}/contracts.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp ./*.xsd "$work"/
echo '<nothing/>' > "$work/instance.xml"

for f in *.wsdl *.xsd; do
    xmllint --noout "$f"
done

# The inline schema of each WSDL, with the WSDL's namespace declarations, written next to
# the XSDs so that its schemaLocation resolves.
extract_schema='
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
root = re.search(r"<wsdl:definitions\b[^>]*>", text).group(0)
declarations = " ".join(re.findall(r"xmlns:\w+=\"[^\"]*\"", root))
start, end = text.index("<xs:schema"), text.index("</xs:schema>") + len("</xs:schema>")
schema = text[start:end].replace("<xs:schema", "<xs:schema " + declarations, 1)
open(sys.argv[2], "w", encoding="utf-8").write(schema)
'
for f in *.wsdl; do
    python3 -c "$extract_schema" "$f" "$work/${f%.wsdl}.inline.xsd"
done

for xsd in "$work"/*.xsd; do
    # Validating a dummy instance fails (no such element) but first compiles the schema:
    # only a schema error counts.
    out=$(xmllint --noout --schema "$xsd" "$work/instance.xml" 2>&1 || true)
    if grep -qiE 'failed to compile|parser error|namespace error' <<<"$out"; then
        echo "$out" >&2
        exit 1
    fi
    echo "ok  $(basename "$xsd")"
done
