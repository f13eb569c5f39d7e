"""Exports a trained checkpoint to ONNX with int8 weights and int8 matrix products.

python3 src/training/export.py --checkpoint target/contradiction-training/model.pt \
    --out src/main/resources/models/contradiction-minilm.onnx
python3 src/training/export.py --per-run-onnx old.onnx --out new.onnx   # an older export, activations per token
"""
import argparse
import os

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper

from model import CrossEncoder, layers_in


def export_float(state_path, path):
    state = torch.load(state_path)
    state = state["model"] if "model" in state else state
    model = CrossEncoder(state["words.weight"].shape[0], layers_in(state))
    model.load_state_dict(state)
    model.eval()
    ids = torch.tensor([[101, 2000, 102, 2001, 102]])
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), path,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "length"}, "attention_mask": {0: "batch", 1: "length"},
                                    "token_type_ids": {0: "batch", 1: "length"}, "logits": {0: "batch"}},
                      opset_version=14, do_constant_folding=True)


ACTIVATION_CONSTANTS = [numpy_helper.from_array(np.array(value, dtype=np.float32), name)
                        for name, value in (("act_127", 127.0), ("act_minus_127", -127.0), ("act_128", 128.0),
                                            ("act_tiny", 1e-12))] + [
    numpy_helper.from_array(np.array(128, dtype=np.uint8), "act_zero")]


def quantise_per_token(x, quantised, scale):
    """Nodes quantising x to uint8 around 128 with one scale per token (its largest magnitude over 127)."""
    return [
        helper.make_node("Abs", [x], [x + "_abs"]),
        helper.make_node("ReduceMax", [x + "_abs"], [x + "_absmax"], axes=[-1], keepdims=1),
        helper.make_node("Max", [x + "_absmax", "act_tiny"], [x + "_range"]),
        helper.make_node("Div", [x + "_range", "act_127"], [scale]),
        helper.make_node("Div", [x, scale], [x + "_scaled"]),
        helper.make_node("Round", [x + "_scaled"], [x + "_rounded"]),
        helper.make_node("Clip", [x + "_rounded", "act_minus_127", "act_127"], [x + "_clipped"]),
        helper.make_node("Add", [x + "_clipped", "act_128"], [x + "_shifted"]),
        helper.make_node("Cast", [x + "_shifted"], [quantised], to=onnx.TensorProto.UINT8),
    ]


def requantise_activations(source, target):
    """Rewrites a file exported with one activation scale per run (DynamicQuantizeLinear) to one scale per token."""
    model = onnx.load(source)
    graph = model.graph
    nodes = []
    for node in graph.node:
        if node.op_type == "DynamicQuantizeLinear":
            nodes.extend(quantise_per_token(node.input[0], node.output[0], node.output[1]))
        elif node.op_type == "MatMulInteger":
            inputs = list(node.input)
            inputs[2] = "act_zero"
            nodes.append(helper.make_node("MatMulInteger", inputs, list(node.output)))
        else:
            nodes.append(node)
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(ACTIVATION_CONSTANTS)
    onnx.checker.check_model(model)
    onnx.save(model, target)


def quantise_weights(source, target):
    """Makes the matrix products int8 (weights per column; activations per token, symmetric, so a pair reads the
    same whatever else shares its batch) and stores the embedding tables as int8 behind DequantizeLinear."""
    model = onnx.load(source)
    graph = model.graph
    weights = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    matmul_weights = {node.input[1] for node in graph.node if node.op_type == "MatMul" and node.input[1] in weights}
    kept, nodes, quantised_inputs = list(ACTIVATION_CONSTANTS), [], {}
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
            quantised_inputs[x] = (x + "_q", x + "_qscale")
            nodes.extend(quantise_per_token(x, *quantised_inputs[x]))
        xq, xs = quantised_inputs[x]
        nodes.append(helper.make_node("MatMulInteger", [xq, w + "_int8", "act_zero", w + "_zero"], [y + "_int32"]))
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
    parser.add_argument("--checkpoint")
    parser.add_argument("--per-run-onnx", help="a file quantised per run, to rewrite per token instead of exporting")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.per_run_onnx:
        requantise_activations(args.per_run_onnx, args.out)
        print(f"{args.out}: {os.path.getsize(args.out) / 1e6:.1f} MB")
        return
    float_path = args.out + ".fp32.onnx"
    export_float(args.checkpoint, float_path)
    quantise_weights(float_path, args.out)
    os.remove(float_path)
    print(f"{args.out}: {os.path.getsize(args.out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
