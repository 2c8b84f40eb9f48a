"""Inputs for the benchmark, generated from corpus/ with a fixed seed (tooling only; Treaty does not use Python)."""
import os
import random
import sys

work, size_mb = sys.argv[1], int(sys.argv[2])
random.seed(20261122)
corpus = "corpus"
texts = [open(os.path.join(corpus, name), encoding="utf-8").read()
         for name in sorted(os.listdir(corpus)) if name.endswith((".txt", ".md")) and name != "README.md"]

# A synthetic corpus of size_mb: corpus documents one after another, each with a few words swapped.
path = os.path.join(work, "synthetic.txt")
if not os.path.exists(path) or os.path.getsize(path) < size_mb * 1_000_000:
    with open(path, "w", encoding="utf-8") as out:
        written = 0
        while written < size_mb * 1_000_000:
            text = random.choice(texts)
            words = text.split(" ")
            for _ in range(5):
                i, j = random.randrange(len(words)), random.randrange(len(words))
                words[i], words[j] = words[j], words[i]
            chunk = " ".join(words) + "\n\n"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))

# Two 1 MB documents, the second with 5 % of its words changed.
kg = open(os.path.join(corpus, "kz-kg-migration-2019.txt"), encoding="utf-8").read()
big = (kg + "\n\n") * (1_000_000 // len(kg.encode("utf-8")) + 1)
words = big.split(" ")
changed = list(words)
vocabulary = [w for w in words if w.isalpha()]
# A generator of its own: the synthetic corpus above draws only when it is written, so a shared one gave a different
# pair on a rerun than on a fresh run.
pair_random = random.Random(20261122)
for index in pair_random.sample(range(len(words)), len(words) // 20):
    changed[index] = pair_random.choice(vocabulary)
open(os.path.join(work, "one-mb-a.txt"), "w", encoding="utf-8").write(" ".join(words))
open(os.path.join(work, "one-mb-b.txt"), "w", encoding="utf-8").write(" ".join(changed))

# Two unrelated 5 MB documents.
report = open(os.path.join(corpus, "iom-mgi-kyrgyzstan-2022.txt"), encoding="utf-8").read()
order = open(os.path.join(corpus, "kz-mvd-order-195-2025.md"), encoding="utf-8").read()
open(os.path.join(work, "five-mb-a.txt"), "w", encoding="utf-8").write(report * (5_000_000 // len(report.encode()) + 1))
open(os.path.join(work, "five-mb-b.txt"), "w", encoding="utf-8").write(order * (5_000_000 // len(order.encode()) + 1))
print(f"inputs in {work}: synthetic corpus {os.path.getsize(path) / 1e6:.0f} MB, 1 MB pair, 5 MB unrelated pair")
