#!/usr/bin/env bash
# Password-hash cost: Argon2id (Accord's choice) vs PBKDF2 600k, as a ratio in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
BC=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=bcprov-jdk18on)
java -cp "$BC" bench/HashBench.java "${1:-20}"
