"""Trains the contradiction cross-encoder on the shippable NLI data, with checkpoints that resume.

python3 src/training/train.py --data ../shared/data/nli-train --minilm <all-minilm-l6-v2.onnx> \
    --tokenizer <all-minilm-l6-v2-tokenizer.json> --out target/contradiction-training
"""
import argparse
import json
import os
import random
import time
import zlib

import torch
from torch import nn

from model import LABELS, from_minilm_onnx
from news_pairs import generate as news_pairs
from wordpiece import WordPiece

HELD_OUT_PERCENT = 4


def held_out(premise):
    """The same split as io.claimtracker.conflict.model.HeldOutSlice, by premise, so no premise crosses it."""
    return zlib.crc32(premise.strip().lower().encode("utf-8")) % 100 < HELD_OUT_PERCENT


def read_pairs(path, labels):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["gold"] in labels:
                yield row


def training_rows(data, synthetic, news, rng):
    rows = [r for r in read_pairs(os.path.join(data, "train.jsonl"), LABELS) if not held_out(r["a"])]
    extra = [r for r in read_pairs(os.path.join(data, "synthetic.jsonl"), LABELS) if not held_out(r["a"])]
    rng.shuffle(extra)
    return rows + extra[:synthetic] + news_pairs(news)


def batches(encoded, batch_size, rng):
    order = list(range(len(encoded)))
    rng.shuffle(order)
    chunk = batch_size * 50
    result = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start:start + chunk], key=lambda i: len(encoded[i][0]))
        result.extend(part[i:i + batch_size] for i in range(0, len(part), batch_size))
    rng.shuffle(result)
    return result


def tensors(encoded, indices):
    width = max(len(encoded[i][0]) for i in indices)
    ids = torch.zeros(len(indices), width, dtype=torch.long)
    types = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    labels = torch.tensor([encoded[i][2] for i in indices])
    for row, i in enumerate(indices):
        n = len(encoded[i][0])
        ids[row, :n] = torch.tensor(encoded[i][0])
        types[row, :n] = torch.tensor(encoded[i][1])
        mask[row, :n] = 1
    return ids, mask, types, labels


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--minilm", required=True)
    parser.add_argument("--tokenizer", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--synthetic", type=int, default=4000)
    parser.add_argument("--news", type=int, default=0)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=6e-5)
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--checkpoint-every", type=int, default=100)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    tokenizer = WordPiece(args.tokenizer)
    rows = training_rows(args.data, args.synthetic, args.news, rng)
    encoded = [(*tokenizer.pair(r["a"], r["b"]), LABELS.index(r["gold"])) for r in rows]
    plan = []
    whole = int(args.epochs)
    for _ in range(max(1, whole)):
        plan.extend(batches(encoded, args.batch, rng))
    if args.epochs != whole:
        extra = batches(encoded, args.batch, rng)
        plan = plan[:len(plan) if whole else 0] + extra[:int(len(extra) * (args.epochs - whole))]
    total = len(plan)
    print(f"{len(rows)} training pairs, {total} steps of {args.batch}", flush=True)

    model = from_minilm_onnx(args.minilm)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = max(1, int(total * 0.06))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))
    checkpoint = os.path.join(args.out, "checkpoint.pt")
    step = 0
    if os.path.exists(checkpoint):
        saved = torch.load(checkpoint)
        model.load_state_dict(saved["model"])
        optimiser.load_state_dict(saved["optimiser"])
        schedule.load_state_dict(saved["schedule"])
        step = saved["step"]
        print(f"resumed at step {step}", flush=True)

    loss_fn = nn.CrossEntropyLoss()
    model.train()
    started, seen, running = time.time(), 0, 0.0
    while step < total:
        ids, mask, types, labels = tensors(encoded, plan[step])
        loss = loss_fn(model(ids, mask, types), labels)
        optimiser.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        step += 1
        seen += len(labels)
        running = 0.98 * running + 0.02 * loss.item() if running else loss.item()
        if step % 20 == 0:
            rate = seen / (time.time() - started)
            print(f"step {step}/{total} loss {running:.3f} {rate:.1f} pairs/s", flush=True)
        if step % args.checkpoint_every == 0 or step == total:
            torch.save({"model": model.state_dict(), "optimiser": optimiser.state_dict(),
                        "schedule": schedule.state_dict(), "step": step}, checkpoint + ".tmp")
            os.replace(checkpoint + ".tmp", checkpoint)
    torch.save(model.state_dict(), os.path.join(args.out, "model.pt"))
    print("done", flush=True)


if __name__ == "__main__":
    main()
