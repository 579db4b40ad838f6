#!/usr/bin/env bash
# The security scan: starts the product on its embedded default (own ports and data folder, so it
# can run beside a development instance), signs in a resident and a staff member, and runs
# Debian's sqlmap against the forms and query parameters they reach and wapiti against the portal
# signed out and signed in. Prints the findings; exits non-zero on any finding of medium severity
# or above (any injection sqlmap confirms, any wapiti vulnerability of level 2 or more).
# Slow (10-30 minutes on two cores): not part of the test command; run it before a release.
#
#   bash deploy/security-scan.sh            # full scan
#   SCAN_QUICK=true bash deploy/security-scan.sh   # a few minutes: fewer modules and requests
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in sqlmap wapiti curl python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        echo "Installing sqlmap, wapiti and curl from Debian for the scan"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq sqlmap wapiti curl python3 >/dev/null
        break
    fi
done

if [ ! -f deploy/target/socialais-portals.jar ]; then
    ./mvnw -B -q -DskipTests package
fi

port=${SCAN_HTTP_PORT:-18380}
base="http://localhost:$port"
out=target/security-scan
rm -rf "$out"
mkdir -p "$out"
quick=${SCAN_QUICK:-false}

echo "Starting the embedded product on port $port"
staff_password="scan-$(date +%s)-$RANDOM"
DEV_STAFF_PASSWORD=$staff_password HTTP_PORT=$port EMBEDDED_DB_PORT=${SCAN_DB_PORT:-33380} DATA_DIR="$PWD/$out/data" \
    java -jar deploy/target/socialais-portals.jar >"$out/product.log" 2>&1 &
product=$!
trap 'kill $product 2>/dev/null || true; wait $product 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
    if grep -q "is ready" "$out/product.log"; then break; fi
    if ! kill -0 $product 2>/dev/null; then cat "$out/product.log"; exit 1; fi
    sleep 1
done
grep -q "is ready" "$out/product.log" || { echo "the product did not start"; exit 1; }

# Signs in through a JSF form: fetches the page for its view state, posts the fields, keeps the cookie.
sign_in() { # jar page form fields...
    local jar=$1 page=$2 form=$3
    shift 3
    local state nonce
    state=$(curl -s -D "$jar.headers" -c "$jar" -b "$jar" "$base/$page" | python3 -c \
        'import re,sys,html; m=re.search(r"name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"", sys.stdin.read()); print(html.unescape(m.group(1)) if m else "")')
    # PrimeFaces' CSP mode wants the page's nonce back with a post, as its script sends it in a browser.
    nonce=$(grep -i "^content-security-policy:" "$jar.headers" | sed -n "s/.*'nonce-\([^']*\)'.*/\1/p" | head -n 1)
    local args=(--data-urlencode "$form=$form" --data-urlencode "jakarta.faces.ViewState=$state"
        --data-urlencode "primefaces.nonce=$nonce")
    for field in "$@"; do args+=(--data-urlencode "$field"); done
    curl -s -o /dev/null -c "$jar" -b "$jar" "${args[@]}" "$base/$page"
}
cookie_of() { awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$1" | tail -n 1; }

sign_in "$out/resident.jar" signin/index.xhtml signin "signin:code=010349-11940" "signin:submit="
sign_in "$out/staff.jar" staff/signin.xhtml staffSignIn "staffSignIn:username=vaditaja" \
    "staffSignIn:password=$staff_password" "staffSignIn:signIn="
resident=$(cookie_of "$out/resident.jar")
staff=$(cookie_of "$out/staff.jar")
echo "Signed in: resident ${resident:+yes} staff ${staff:+yes}"

findings=0

echo "sqlmap: the forms and query parameters of the catalogue, the resident's and the staff pages"
level=2; risk=1
if [ "$quick" = true ]; then level=1; fi
run_sqlmap() { # name cookie url...
    local name=$1 cookie=$2
    shift 2
    for url in "$@"; do
        sqlmap --batch --disable-coloring --level=$level --risk=$risk --forms --crawl=1 --smart \
            --skip-static --threads=2 --timeout=20 --retries=1 ${cookie:+--cookie="$cookie"} \
            --output-dir="$out/sqlmap-$name" -u "$url" >>"$out/sqlmap-$name.log" 2>&1 || true
        sqlmap --batch --disable-coloring --level=$level --risk=$risk --smart --threads=2 --timeout=20 \
            ${cookie:+--cookie="$cookie"} --output-dir="$out/sqlmap-$name" -u "$url" >>"$out/sqlmap-$name.log" 2>&1 || true
    done
}
run_sqlmap anonymous "" "$base/index.xhtml?q=pabalsts" "$base/index.xhtml?category=x"
run_sqlmap resident "$resident" "$base/resident/applications.xhtml" "$base/resident/application.xhtml?id=1" \
    "$base/resident/apply.xhtml?type=GMI_BENEFIT"
run_sqlmap staff "$staff" "$base/staff/queue.xhtml" "$base/staff/frontdesk.xhtml?q=Jansons" \
    "$base/staff/audit.xhtml?person=x" "$base/staff/application.xhtml?id=1"
for log in "$out"/sqlmap-*.log; do
    if grep -Eq "is vulnerable|sqlmap identified the following injection point" "$log"; then
        echo "FINDING (high): sqlmap found an injection, see $log"
        grep -E "Parameter:|Type:|Title:" "$log" | sort -u
        findings=$((findings + 1))
    fi
done

echo "wapiti: the portal signed out and signed in"
modules="sql,exec,file,xss,permanentxss,redirect,crlf,xxe,ssrf,csrf,http_headers,cookieflags,csp"
max=600
if [ "$quick" = true ]; then modules="sql,xss,redirect,crlf,http_headers,csp"; max=120; fi
run_wapiti() { # name cookie-header start
    local name=$1 cookie=$2 start=$3
    local args=(-u "$base/" --start "$base/$start" --scope folder -m "$modules" --max-scan-time "$max" -f json
        -o "$out/wapiti-$name.json" --flush-session -v 0 --max-links-per-page 40)
    # No -x exclusions: Debian's wapiti 3.0.4 fails on them under Python 3.11 (its wildcard
    # translation). Sign-out is POST only, so a crawl signs out only if it submits that form.
    if [ -n "$cookie" ]; then args+=(-H "Cookie: $cookie"); fi
    wapiti "${args[@]}" >"$out/wapiti-$name.log" 2>&1 || true
}
run_wapiti anonymous "" index.xhtml
run_wapiti resident "$resident" resident/applications.xhtml
run_wapiti staff "$staff" staff/queue.xhtml
for report in "$out"/wapiti-*.json; do
    [ -f "$report" ] || { echo "wapiti wrote no report $report"; findings=$((findings + 1)); continue; }
    count=$(python3 - "$report" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = 0
for category, items in report.get("vulnerabilities", {}).items():
    for item in items:
        if item.get("level", 0) >= 2:
            found += 1
            print(f"FINDING (level {item['level']}): {category}: {item.get('method')} {item.get('path')} {item.get('info')}",
                  file=sys.stderr)
for category, items in report.get("anomalies", {}).items():
    for item in items:
        print(f"anomaly: {category}: {item.get('path')} {item.get('info')}", file=sys.stderr)
print(found)
PY
)
    echo "$(basename "$report"): $count finding(s) of medium severity or above"
    findings=$((findings + count))
done

echo "Security scan: $findings finding(s) of medium severity or above (details in $out)"
[ "$findings" -eq 0 ]
