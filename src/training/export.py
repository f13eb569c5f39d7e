"""Exports a trained checkpoint to ONNX with int8 weights and int8 matrix products.

python3 src/training/export.py --checkpoint target/contradiction-training/model.pt \
    --out src/main/resources/models/contradiction-minilm.onnx
"""
import argparse
import os

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper

from model import CrossEncoder


def export_float(state_path, path):
    model = CrossEncoder()
    state = torch.load(state_path)
    model.load_state_dict(state["model"] if "model" in state else state)
    model.eval()
    ids = torch.tensor([[101, 2000, 102, 2001, 102]])
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), path,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "length"}, "attention_mask": {0: "batch", 1: "length"},
                                    "token_type_ids": {0: "batch", 1: "length"}, "logits": {0: "batch"}},
                      opset_version=14, do_constant_folding=True)


def quantise_weights(source, target):
    """Makes the matrix products int8 (weights per column, activations per run: DynamicQuantizeLinear and
    MatMulInteger, which ONNX Runtime fuses) and stores the embedding tables as int8 behind DequantizeLinear."""
    model = onnx.load(source)
    graph = model.graph
    weights = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    matmul_weights = {node.input[1] for node in graph.node if node.op_type == "MatMul" and node.input[1] in weights}
    kept, nodes, quantised_inputs = [], [], {}
    for tensor in graph.initializer:
        values = weights[tensor.name]
        if tensor.name in matmul_weights:
            scale = np.abs(values).max(axis=0) / 127.0
            scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
            kept.append(numpy_helper.from_array(np.clip(np.round(values / scale), -127, 127).astype(np.int8),
                                                tensor.name + "_int8"))
            kept.append(numpy_helper.from_array(scale, tensor.name + "_scale"))
            kept.append(numpy_helper.from_array(np.zeros(scale.shape, dtype=np.int8), tensor.name + "_zero"))
        elif values.dtype == np.float32 and values.ndim == 2 and values.size >= 4096:
            scale = np.abs(values).max(axis=1) / 127.0
            scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
            kept.append(numpy_helper.from_array(
                np.clip(np.round(values / scale[:, np.newaxis]), -127, 127).astype(np.int8), tensor.name + "_int8"))
            kept.append(numpy_helper.from_array(scale, tensor.name + "_scale"))
            kept.append(numpy_helper.from_array(np.zeros(scale.shape, dtype=np.int8), tensor.name + "_zero"))
            nodes.append(helper.make_node("DequantizeLinear", [tensor.name + "_int8", tensor.name + "_scale",
                                                               tensor.name + "_zero"], [tensor.name], axis=0))
        else:
            kept.append(tensor)
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in matmul_weights:
            nodes.append(node)
            continue
        x, w, y = node.input[0], node.input[1], node.output[0]
        if x not in quantised_inputs:
            quantised_inputs[x] = (x + "_q", x + "_qscale", x + "_qzero")
            nodes.append(helper.make_node("DynamicQuantizeLinear", [x], list(quantised_inputs[x])))
        xq, xs, xz = quantised_inputs[x]
        nodes.append(helper.make_node("MatMulInteger", [xq, w + "_int8", xz, w + "_zero"], [y + "_int32"]))
        nodes.append(helper.make_node("Cast", [y + "_int32"], [y + "_float"], to=onnx.TensorProto.FLOAT))
        nodes.append(helper.make_node("Mul", [xs, w + "_scale"], [y + "_scale"]))
        nodes.append(helper.make_node("Mul", [y + "_float", y + "_scale"], [y]))
    del graph.initializer[:]
    graph.initializer.extend(kept)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, target)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    float_path = args.out + ".fp32.onnx"
    export_float(args.checkpoint, float_path)
    quantise_weights(float_path, args.out)
    os.remove(float_path)
    print(f"{args.out}: {os.path.getsize(args.out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
