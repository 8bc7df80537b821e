#!/usr/bin/env python3
"""Share of a `locgen build`'s CPU time spent on search-engine output, from a perf profile.

Usage:
  perf record -F 999 -g -o build.perf ./locgen build --site SITE --date 2026-11-26 --quiet
  perf script -i build.perf | swift demangle --simplified | python3 Benchmarks/build/seo-share.py

Each sample goes to the first category whose rule matches its call stack (any frame), so the
sitemaps' own escaping or sorting counts as sitemaps; what no rule matches is "everything else"
(rendering, pricing, the file system). Prints a Markdown table; see docs/PERFORMANCE.md.
"""
import sys, re, collections
def symbol(frame):
    parts = frame.split(None, 1)
    return parts[1].rsplit(" (", 1)[0] if len(parts) > 1 else frame
def any_symbol(pattern):
    return lambda stack: any(pattern.search(s) for s in stack)
def content_hash(stack):
    return any("StableHash" in s and "PageEmitter.emit" in (stack[i + 1] if i + 1 < len(stack) else "")
               for i, s in enumerate(stack))
cats = [
    ("sitemaps (SearchEngineFiles, Sitemap)", any_symbol(re.compile(r"\bSitemap\.|\bSitemap\b.*write|SearchEngineFiles\."))),
    ("gzip (zlib)", any_symbol(re.compile(r"Gzip\.|deflate|libz\.so"))),
    ("robots.txt, IndexNow, page changes", any_symbol(re.compile(r"RobotsFile\.|IndexNowRequest\.|PageChanges"))),
    ("manifest: read, write, records", any_symbol(re.compile(r"^BuildManifest\.|BuildManifest\.read|BuildManifest\.text|BuildManifest\.Page\.(text|init)"))),
    ("content hash for lastmod", content_hash),
    ("hreflang cluster and head tags (PageHead)", any_symbol(re.compile(r"ProductPages\.cluster|ProductPages\.head|PageHead\.|HreflangCode\.|ProductStructuredData\."))),
]
counts = collections.Counter(); total = 0; stack = []
def flush():
    global total
    if not stack: return
    total += 1
    for name, rule in cats:
        if rule(stack):
            counts[name] += 1; return
    counts["everything else"] += 1
for line in sys.stdin:
    if not line.strip():
        flush(); stack = []
    elif line.startswith((" ", "\t")):
        stack.append(symbol(line.strip()))
flush()
seo = sum(counts[n] for n, _ in cats)
for name, _ in cats + [("everything else", None)]:
    print(f"| {name} | {counts[name]} | {100.0 * counts[name] / max(total, 1):.1f} % |")
print(f"| **all SEO output** | {seo} | **{100.0 * seo / max(total, 1):.1f} %** |")
print(f"| total samples | {total} | |")
