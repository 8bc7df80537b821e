#!/usr/bin/env python3
"""Generates locale bundles for the `locgen validate` benchmark.

Usage: generate.py OUT_DIR [LOCALES] [MESSAGES]

Writes OUT_DIR/<tag>.yaml for LOCALES locales (default 30) with MESSAGES messages each (default
5,000): nested keys, plurals with every CLDR category the locale uses, selects, number and date
arguments, markup and plain text in the locale's script. Output is deterministic for a given size.
"""
import os
import random
import sys

# Locale, cardinal categories (CLDR 42), a word in its script.
LOCALES = [
    ("en", "one other", "item"), ("de", "one other", "Artikel"), ("fr", "one many other", "article"),
    ("es", "one many other", "artículo"), ("it", "one many other", "articolo"), ("pt-BR", "one many other", "produto"),
    ("nl", "one other", "artikel"), ("sv", "one other", "artikel"), ("da", "one other", "vare"),
    ("nb", "one other", "vare"), ("fi", "one other", "tuote"), ("pl", "one few many other", "produkt"),
    ("cs", "one few many other", "položka"), ("ru", "one few many other", "товар"), ("uk", "one few many other", "товар"),
    ("tr", "one other", "ürün"), ("el", "one other", "προϊόν"), ("ar", "zero one two few many other", "منتج"),
    ("he", "one two other", "פריט"), ("ja", "other", "商品"), ("zh-Hans", "other", "商品"), ("zh-Hant", "other", "商品"),
    ("ko", "other", "상품"), ("hi", "one other", "वस्तु"), ("th", "other", "สินค้า"), ("vi", "other", "sản phẩm"),
    ("id", "other", "barang"), ("ro", "one few other", "articol"), ("hu", "one other", "termék"), ("de-CH", "one other", "Artikel"),
]


def message(rng, index, categories, word):
    kind = index % 5
    if kind == 0:
        cases = " ".join(f"{c} {{# {word}}}" for c in categories.split())
        return f"{{count, plural, {cases}}}"
    if kind == 1:
        return f"{word} {{name}} <b>{{price, number, ::currency/EUR}}</b>."
    if kind == 2:
        return f"{{gender, select, female {{{word} A}} male {{{word} B}} other {{{word} C}}}}"
    if kind == 3:
        return f"{word} {{when, date, ::yMMMd}} {rng.randint(1, 999)}."
    return f"{word} {word} {rng.randint(1, 99999)}"


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    messages = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
    os.makedirs(out, exist_ok=True)
    for tag, categories, word in LOCALES[:count]:
        rng = random.Random(42)
        lines = []
        for group in range(messages // 50):
            lines.append(f"group{group}:")
            for item in range(50):
                index = group * 50 + item
                text = message(rng, index, categories, word).replace("'", "''")
                lines.append(f"  key{item}: '{text}'")
        with open(os.path.join(out, f"{tag}.yaml"), "w", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
