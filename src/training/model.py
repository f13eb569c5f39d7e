"""A MiniLM cross-encoder with a three-way head, initialised from a BERT-style sentence-embedding ONNX file:
all-MiniLM-L6-v2 in fp32 (what ships), or an int8 file such as e5-small-v2-q (12 layers), dequantised."""
import math

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn

LABELS = ["contradiction", "entailment", "neutral"]
HIDDEN, HEADS, LAYERS, INTERMEDIATE = 384, 12, 6, 1536
LAYERS_IN_STATE = "layers.{}.query.weight"


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query = nn.Linear(HIDDEN, HIDDEN)
        self.key = nn.Linear(HIDDEN, HIDDEN)
        self.value = nn.Linear(HIDDEN, HIDDEN)
        self.attention_out = nn.Linear(HIDDEN, HIDDEN)
        self.attention_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.intermediate = nn.Linear(HIDDEN, INTERMEDIATE)
        self.output = nn.Linear(INTERMEDIATE, HIDDEN)
        self.output_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, mask_bias):
        batch, length, _ = x.shape
        head = HIDDEN // HEADS

        def split(t):
            return t.view(batch, length, HEADS, head).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(head) + mask_bias
        context = self.dropout(scores.softmax(-1)) @ v
        context = context.transpose(1, 2).reshape(batch, length, HIDDEN)
        x = self.attention_norm(x + self.dropout(self.attention_out(context)))
        hidden = nn.functional.gelu(self.intermediate(x))
        return self.output_norm(x + self.dropout(self.output(hidden)))


class CrossEncoder(nn.Module):
    def __init__(self, vocab_size=30522, layers=LAYERS):
        super().__init__()
        self.words = nn.Embedding(vocab_size, HIDDEN)
        self.positions = nn.Embedding(512, HIDDEN)
        self.types = nn.Embedding(2, HIDDEN)
        self.embedding_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(layers))
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(HIDDEN, len(LABELS))

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = self.words(input_ids) + self.positions(positions) + self.types(token_type_ids)
        x = self.dropout(self.embedding_norm(x))
        mask = attention_mask.to(x.dtype)
        mask_bias = ((1.0 - mask) * -10000.0)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, mask_bias)
        pooled = (x * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True)
        return self.head(self.dropout(pooled))


def layers_in(names, pattern=LAYERS_IN_STATE):
    """How many encoder layers a set of tensor names holds (a saved state dict by default)."""
    count = 0
    while pattern.format(count) in names:
        count += 1
    return count


def dequantised(weights):
    """The fp32 value of every int8 matrix and embedding table in a dynamically quantised file."""
    values = {}
    for name, value in weights.items():
        if name.endswith("_quantized") and value.dtype in (np.int8, np.uint8):
            base = name[:-len("_quantized")]
            values[base] = (value.astype(np.float32) - weights[base + "_zero_point"].astype(np.float32)) \
                * weights[base + "_scale"].astype(np.float32)
    return values


def from_minilm_onnx(path):
    """Copies every encoder weight from the sentence-embedding ONNX file; the head starts fresh."""
    graph = onnx.load(path).graph
    weights = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    weights.update(dequantised(weights))
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)

    def bias_after(output, hops):
        for node in consumers.get(output, []):
            for name in node.input:
                if name.endswith(".bias") and name in weights:
                    return name
            if hops > 0:
                found = bias_after(node.output[0], hops - 1)
                if found:
                    return found
        return None

    matmul_by_bias = {}
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in weights:
            bias = bias_after(node.output[0], 0)
        elif node.op_type == "MatMulInteger":
            bias = bias_after(node.output[0], 2)
        else:
            continue
        if bias:
            matmul_by_bias[bias] = weights[node.input[1].removesuffix("_quantized")]
    layers = layers_in(weights, "encoder.layer.{}.attention.self.query.bias")
    model = CrossEncoder(weights["embeddings.word_embeddings.weight"].shape[0], layers)
    state = {
        "words.weight": weights["embeddings.word_embeddings.weight"],
        "positions.weight": weights["embeddings.position_embeddings.weight"],
        "types.weight": weights["embeddings.token_type_embeddings.weight"],
        "embedding_norm.weight": weights["embeddings.LayerNorm.weight"],
        "embedding_norm.bias": weights["embeddings.LayerNorm.bias"],
    }
    parts = {
        "query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
        "attention_out": "attention.output.dense", "intermediate": "intermediate.dense", "output": "output.dense",
    }
    for i in range(layers):
        prefix = f"encoder.layer.{i}."
        for ours, theirs in parts.items():
            bias = prefix + theirs + ".bias"
            state[f"layers.{i}.{ours}.weight"] = matmul_by_bias[bias].T
            state[f"layers.{i}.{ours}.bias"] = weights[bias]
        for ours, theirs in (("attention_norm", "attention.output.LayerNorm"), ("output_norm", "output.LayerNorm")):
            state[f"layers.{i}.{ours}.weight"] = weights[prefix + theirs + ".weight"]
            state[f"layers.{i}.{ours}.bias"] = weights[prefix + theirs + ".bias"]
    tensors = {name: torch.from_numpy(np.ascontiguousarray(value)) for name, value in state.items()}
    missing = set(model.state_dict()) - set(tensors)
    assert missing == {"head.weight", "head.bias"}, missing
    model.load_state_dict(tensors, strict=False)
    return model
