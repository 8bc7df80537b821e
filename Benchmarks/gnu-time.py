#!/usr/bin/env python3
"""Reads a report of GNU time (`/usr/bin/time -v`) and prints `WALL CPU RSS`: wall-clock seconds,
CPU seconds (user + system) and peak resident memory in MB (with its fraction, for the caller to
round as its table does).

Usage: gnu-time.py REPORT
"""
import re
import sys

text = open(sys.argv[1]).read()


def field(name):
    return re.search(re.escape(name) + r": (.*)", text).group(1).strip()


parts = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
print(f"{wall:.2f} {cpu:.2f} {int(field('Maximum resident set size (kbytes)')) / 1024}")
