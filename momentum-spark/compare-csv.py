#!/usr/bin/env python3
"""Compares two CSV files row by row: same header, same keys and texts, numbers within 1e-9 relative."""
import csv, sys

def close(a, b):
    if a == b:
        return True
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))

with open(sys.argv[1], newline="") as fa, open(sys.argv[2], newline="") as fb:
    ra, rb = list(csv.reader(fa)), list(csv.reader(fb))
if len(ra) != len(rb):
    sys.exit(f"{sys.argv[2]}: {len(rb) - 1} rows, {sys.argv[1]} has {len(ra) - 1}")
exact = 0
for n, (a, b) in enumerate(zip(ra, rb), start=1):
    if a == b:
        exact += 1
        continue
    if len(a) != len(b) or not all(close(x, y) for x, y in zip(a, b)):
        sys.exit(f"line {n} differs: {a} vs {b}")
print(f"  {sys.argv[2]}: {len(ra) - 1:,} rows equal to {sys.argv[1]} within 1e-9 ({exact - 1:,} byte-identical)")
