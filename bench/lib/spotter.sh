# Shared by the wrk benchmarks: start Spotter on a fresh SPOTTER_HOME and sign in as the demo trainer.
# Source it from the repository root after setting PORT; it defines BASE, HOME_DIR, JAR_COOKIES and, after
# spotter_sign_in, SPOTTER_TOKEN (an API token) and SPOTTER_COOKIE (a browser session). The server stops and
# its home is removed when the calling script exits. With SPOTTER_LOADER_PATH set, the jar is started with Spring
# Boot's PropertiesLauncher and that folder on its class path (benchmark-only classes, never shipped);
# SPOTTER_JAVA_OPTS adds JVM options (for a profiler, say).

BASE="http://127.0.0.1:$PORT"
HOME_DIR=$(mktemp -d /tmp/spotter-bench.XXXXXX)
JAR_COOKIES="$HOME_DIR/cookies"

spotter_start() {
  local jar
  jar=$(ls target/spotter-*.jar 2>/dev/null | head -1)
  [ -f "$jar" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  if [ -n "${SPOTTER_LOADER_PATH:-}" ]; then
    SPOTTER_HOME="$HOME_DIR" java ${SPOTTER_JAVA_OPTS:-} -Dloader.path="$SPOTTER_LOADER_PATH" -cp "$jar" \
      org.springframework.boot.loader.launch.PropertiesLauncher --server.port="$PORT" > "$HOME_DIR/spotter.out" 2>&1 &
  else
    SPOTTER_HOME="$HOME_DIR" java ${SPOTTER_JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" > "$HOME_DIR/spotter.out" 2>&1 &
  fi
  SPOTTER_PID=$!
  # A server stopped by TERM exits with 143, which must not stop the clean-up under set -e.
  trap 'kill $SPOTTER_PID 2>/dev/null || true; wait $SPOTTER_PID 2>/dev/null || true; rm -rf "$HOME_DIR"' EXIT
  # Ready means the demo studio exists too, which happens just after the port opens.
  for _ in $(seq 1 600); do
    grep -q "Spotter is ready" "$HOME_DIR/spotter.out" && return 0
    sleep 0.2
  done
  echo "Spotter did not start:" >&2
  tail -20 "$HOME_DIR/spotter.out" >&2
  exit 1
}

csrf() { { grep -o 'name="_csrf" value="[^"]*"' || true; } | head -1 | sed 's/.*value="//;s/"$//'; }

# Signs in as the demo trainer, or as the demo member whose e-mail is given (same demo password).
spotter_sign_in() {
  local field email=${1:-alex@northside.example}
  field=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
  curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null \
    --data-urlencode "email=$email" --data-urlencode "password=spotter-demo-2026" \
    --data-urlencode "_csrf=$field" "$BASE/login"
  field=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/account/tokens" | csrf)
  SPOTTER_TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "name=bench" \
    --data-urlencode "_csrf=$field" "$BASE/account/tokens" | { grep -o 'spt_[A-Za-z0-9_-]*' || true; } | head -1)
  [ -n "$SPOTTER_TOKEN" ] || { echo "could not create an API token" >&2; exit 1; }
  SPOTTER_COOKIE=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$JAR_COOKIES")
  export SPOTTER_TOKEN SPOTTER_COOKIE
}
