#!/usr/bin/env python3
"""Compares the quality figures of the last evaluation with the floors kept in the repo.

Usage: check_floors.py FLOORS.json EVAL_DIR

FLOORS.json maps a JSON score file in EVAL_DIR (seed-score.json, polnear-score.json,
checkworthy-score.json) to {"dotted.path": floor}, the path walking the scorer's JSON.
Any figure below its floor, or missing, fails the check.
"""
import json
import os
import sys


def lookup(obj, path):
    for part in path.split("."):
        if not isinstance(obj, dict) or part not in obj:
            return None
        obj = obj[part]
    return obj


def main():
    floors = json.load(open(sys.argv[1], encoding="utf-8"))
    eval_dir = sys.argv[2]
    failed = False
    for name, checks in floors.items():
        if name.startswith("_"):
            continue
        path = os.path.join(eval_dir, name)
        if not os.path.exists(path):
            print(f"floors: {name} was not produced")
            failed = True
            continue
        data = json.load(open(path, encoding="utf-8"))
        for key, floor in checks.items():
            value = lookup(data, key)
            ok = isinstance(value, (int, float)) and value + 1e-9 >= floor
            print(f"{'ok  ' if ok else 'FAIL'} {name} {key} = {value} (floor {floor})")
            failed |= not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
