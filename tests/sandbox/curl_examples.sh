#!/usr/bin/env bash
# Runs the curl examples of the two vendor docs (/work/shared/api) against a
# freshly started `userdesk-sandbox --port 0`: the host is replaced by the
# sandbox's, the placeholder keys by its demo keys. Where the Wazzup doc lost
# its URLs, the paths come from api/NOTES.md; where a doc's JSON is malformed
# (the Wazzup upsert body lacks its braces) the evident intent is used.
# Usage: curl_examples.sh path/to/userdesk-sandbox
set -u

sandbox=${1:?usage: $0 path/to/userdesk-sandbox}
workdir=$(mktemp -d)
failures=0
pid=

cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT

mkfifo "$workdir/out"
"$sandbox" --port 0 >"$workdir/out" 2>"$workdir/err" &
pid=$!
exec 3<"$workdir/out"
if ! read -r -t 20 first <&3; then
    echo "FAIL: the sandbox printed nothing" >&2
    cat "$workdir/err" >&2
    exit 1
fi
case "$first" in
    "listening on http://127.0.0.1:"[0-9]*) ;;
    *) echo "FAIL: unexpected first line: $first" >&2; exit 1 ;;
esac
base=${first#listening on }
echo "sandbox at $base"

WAZZUP_KEY=demo-wazzup-key
WOOWUP_KEY=demo-woowup-key

# check NAME EXPECTED-SUBSTRING -- curl arguments...
check() {
    local name=$1 expected=$2
    shift 3
    local body status
    body=$(curl -sS --fail-with-body --max-time 10 "$@" 2>"$workdir/curl.err")
    status=$?
    if [ $status -ne 0 ]; then
        echo "FAIL: $name: curl exit $status: $(cat "$workdir/curl.err") $body"
        failures=$((failures + 1))
    elif [[ "$body" != *"$expected"* ]]; then
        echo "FAIL: $name: expected '$expected' in: ${body:0:400}"
        failures=$((failures + 1))
    else
        echo "ok: $name"
    fi
}

# --- Wazzup (wazzup-users-doc.txt) -------------------------------------------

check "wazzup: list users" '"name":' -- \
    --location --request GET "$base/v3/users" \
    --header "Authorization: Bearer $WAZZUP_KEY"

check "wazzup: add users" '' -- \
    --location --request POST "$base/v3/users" \
    --header "Authorization: Bearer $WAZZUP_KEY" \
    --header 'Content-Type: application/json' \
    --data-raw '[
{"id": "2e0df379-0e3c-470f-9b36-06b9e34c3bdb",
"name": "Alex Salesman",
"phone": "79263334567"},
{"id": "111-2e0df379-0e3c-470f-9b36",
"name": "Kate Supportics",
"phone": "79261234567"}
]'

check "wazzup: single user" '"phone":"79263334567"' -- \
    --location --request GET "$base/v3/users/2e0df379-0e3c-470f-9b36-06b9e34c3bdb" \
    --header "Authorization: Bearer $WAZZUP_KEY"

check "wazzup: paged list" '"count":"42"' -- \
    --location --request GET "$base/v3/users?offset=0" \
    --header "Authorization: Bearer $WAZZUP_KEY"

check "wazzup: delete user" '' -- \
    --location --request DELETE "$base/v3/users/2e0df379-0e3c-470f-9b36-06b9e34c3bdb" \
    --header "Authorization: Bearer $WAZZUP_KEY"

check "wazzup: mass removal" '["no-such-user"]' -- \
    --location --request PATCH "$base/v3/users/bulk_delete" \
    --header "Authorization: Bearer $WAZZUP_KEY" \
    --header 'Content-Type: application/json' \
    --data-raw '["111-2e0df379-0e3c-470f-9b36", "no-such-user"]'

# --- WoowUp (woowup-users-doc.txt) -------------------------------------------

check "woowup: create an user" '"email":"test@email.com"' -- \
    -X POST \
    -H "Accept: application/json" \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H "Content-Type: application/json" \
    -H "Cache-Control: no-cache" \
    -d '{"email": "test@email.com", "first_name": "John", "last_name": "Doe", "country" : "USA"}' "$base/apiv3/users"

check "woowup: find an user (multi-id)" '"first_name":"John"' -- \
    -X GET \
    "$base/apiv3/multiusers/find?email=test@email.com" \
    -H 'Accept: application/json' \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H 'Content-Type: application/json'

check "woowup: find an user by id (deprecated)" '"userapp_id":12345' -- \
    -X GET \
    -H "Accept: application/json" \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H "Content-Type: application/x-www-form-urlencoded" \
    -H "Cache-Control: no-cache" \
    "$base/apiv3/users/12345"

check "woowup: user exists (multi-id)" '"exist":true' -- \
    -X GET \
    "$base/apiv3/multiusers/exist?email=test@email.com" \
    -H 'Accept: application/json' \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H 'Content-Type: application/json'

check "woowup: user exist by id (deprecated)" '"exist":true' -- \
    -X GET \
    -H "Accept: application/json" \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H "Content-Type: application/x-www-form-urlencoded" \
    -H "Cache-Control: no-cache" \
    "$base/apiv3/users/12345/exist"

check "woowup: user belongs to segment" '"belongsToSegment":true' -- \
    -X GET \
    -H "Accept: application/json" \
    -H "Authorization: Basic $WOOWUP_KEY" \
    "$base/apiv3/users/12345/belongsToSegment?segment_id=1"

check "woowup: update an user" '"city":"Buenos Aires"' -- \
    -X PUT \
    "$base/apiv3/multiusers" \
    -H 'Accept: application/json' \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H 'Content-Type: application/json' \
    -d '{
        "email": "test@email.com",
        "first_name": "John",
        "last_name": "Doe",
        "state": "CABA",
        "city": "Buenos Aires"
}'

check "woowup: update an user (deprecated)" '"service_uid":"test@gmail2.com"' -- \
    -X PUT \
    -H "Accept: application/json" \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H "Content-Type: application/json" \
    -H "Cache-Control: no-cache" \
    -d '{"email": "test@gmail2.com", "service_uid": "test@gmail2.com", "gender": "F", "telephone": "123456789", "birthday": "1980-04-22"}' "$base/apiv3/users/12345"

check "woowup: find by encoded service_uid (deprecated)" '"userapp_id":12345' -- \
    -H "Authorization: Basic $WOOWUP_KEY" \
    "$base/apiv3/users/$(printf %s test@gmail2.com | base64 | sed 's/+/%2B/g; s#/#%2F#g; s/=/%3D/g')"

check "woowup: delete an user" '"payload":[]' -- \
    -X DELETE \
    "$base/apiv3/multiusers" \
    -H 'Accept: application/json' \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H 'Content-Type: application/json' \
    -d '{"email": "test@email.com"}'

check "woowup: create with custom attributes (schema example)" '"vacunas_mascota":["parvovirus","moquillo","hepatitis"]' -- \
    -X POST \
    -H "Accept: application/json" \
    -H "Authorization: Basic $WOOWUP_KEY" \
    -H "Content-Type: application/json" \
    -d '{
	"email": "test@email.com",
	"first_name": "John",
	"last_name": "Doe",
	"country": "ARG",
    "custom_attributes": {
        "fecha_casamiento": "2017-08-03 14:00:00",
        "cantidad_autos": 2,
        "nombre_mascota": "Chuky",
        "edad_mascota": 5,
        "peso_mascota": 20.3,
        "vacunas_mascota": ["parvovirus", "moquillo", "hepatitis"]
    }
}' "$base/apiv3/users"

check "woowup: search customers" '"code":"ok"' -- \
    -H "Authorization: Basic $WOOWUP_KEY" \
    "$base/apiv3/users?page=0&limit=25&search=john"

check "woowup: custom attribute definitions" '"name":"vacunas_mascota"' -- \
    -H "Authorization: Basic $WOOWUP_KEY" \
    "$base/apiv3/account/custom-attributes?limit=100"

check "sandbox: stats" '"duplicate_creates":0' -- "$base/__sandbox/stats"

if [ $failures -ne 0 ]; then
    echo "$failures example(s) failed"
    exit 1
fi
echo "all doc examples succeeded"
