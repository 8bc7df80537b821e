#!/usr/bin/env python3
"""Writes a Hugo site equivalent to a site made by Benchmarks/build/generate.py.

Usage: hugo-site.py LOCGEN_SITE MARKETS HUGO_SITE

The same catalog (LOCGEN_SITE/data/products.jsonl), the same markets (the first MARKETS of
generate.py's table) and the same pages: one page per product and market it is sold in, at the same
URL (Hugo's multihost mode, one language per market, with its own base URL, so the China market is on
its own host), and one index per market. Each page has what locgen's default theme puts there: the
canonical link, the hreflang cluster with x-default, Open Graph locales, Product/Offer JSON-LD, the
price formatted for the market (`lang.FormatCurrency`), the stock as a plural message (`i18n`), a
localized date, the description and the same inline style sheet (copied from a page locgen built, so
the pages are about as large). Hugo writes its own sitemaps (one per language, with xhtml:link
alternates, under an index) and robots.txt.

What Hugo is spared: prices are converted, taxed and rounded here in Python (locgen does it in the
build with decimal arithmetic, endings and cash rounding); Hugo's number formatting comes from its
own CLDR tables, not ICU; index pages sort by title, not by the locale's collation.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "build"))
from generate import MARKETS, RATES  # noqa: E402

ZERO_DECIMALS = {"JPY", "KRW"}
RTL = ("ar", "he")
STOCK = {
    "zero": "None left",
    "one": "Only {{ .Count }} left",
    "two": "Only {{ .Count }} left",
    "few": "Only {{ .Count }} left",
    "many": "Only {{ .Count }} left",
    "other": "{{ .Count }} in stock",
}


def chain(locale):
    """The locale's fallback chain down to the source locale, as locgen resolves catalog text."""
    parts = locale.split("-")
    tags = ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]
    return tags + ["en"]


def resolve(text, locale):
    if isinstance(text, str):
        return text
    for tag in chain(locale):
        if tag in text:
            return text[tag]
    return next(iter(text.values()))


def toml(value):
    return json.dumps(value, ensure_ascii=False)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: hugo-site.py LOCGEN_SITE MARKETS HUGO_SITE")
    source, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    markets = MARKETS[:count]
    style = ""
    for root, _, files in os.walk(os.path.join(source, "public")):
        if "index.html" in files:
            page = open(os.path.join(root, "index.html"), encoding="utf-8").read()
            found = re.search(r"<style>.*?</style>", page, re.S)
            if found:
                style = found.group(0)
                break
    os.makedirs(os.path.join(out, "layouts", "_default"), exist_ok=True)
    os.makedirs(os.path.join(out, "i18n"), exist_ok=True)

    first = markets[0]
    config = [
        'baseURL = "https://shop.example.com/"',
        'title = "Nordlicht Outfitters"',
        'disableKinds = ["taxonomy", "term", "section", "RSS"]',
        "enableRobotsTXT = true",
        f'defaultContentLanguage = "{first[1].lower()}"',
        "[permalinks]",
        '  products = "/:slug/"',
    ]
    for weight, (mid, locale, currency, path, host, zone, *_rest) in enumerate(markets, 1):
        key = locale.lower()
        base = f"https://{host}{path}" if host else f"https://shop.example.com{path}"
        direction = "rtl" if locale.split("-")[0] in RTL else "ltr"
        config += [
            f"[languages.{toml(key)}]",
            f"  languageCode = {toml(locale)}",
            f"  baseURL = {toml(base)}",
            f'  contentDir = "content/{mid}"',
            f"  weight = {weight}",
            '  title = "Nordlicht Outfitters"',
            f"  [languages.{toml(key)}.params]",
            f"    currency = {toml(currency)}",
            f"    dir = {toml(direction)}",
            f'    ogLocale = {toml(locale.replace("-Hans", "").replace("-Hant", "").replace("-", "_"))}',
            f"    decimals = {0 if currency in ZERO_DECIMALS else 2}",
        ]
        with open(os.path.join(out, "i18n", f"{key}.toml"), "w", encoding="utf-8") as file:
            file.write("[stock]\n" + "".join(f"{form} = {toml(text)}\n" for form, text in STOCK.items()))
    with open(os.path.join(out, "hugo.toml"), "w", encoding="utf-8") as file:
        file.write("\n".join(config) + "\n")

    layouts = {
        "baseof.html": """<!doctype html>
<html lang="{{ .Site.LanguageCode }}" dir="{{ .Site.Params.dir }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
{{ end }}{{ range .AllTranslations }}{{ if eq .Language.Lang "XDEFAULT" }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">
{{ end }}{{ end }}<meta property="og:url" content="{{ .Permalink }}">
<meta property="og:title" content="{{ .Title }} – {{ .Site.Title }}">
{{ with .Description }}<meta property="og:description" content="{{ . }}">
<meta name="description" content="{{ . }}">
{{ end }}<meta property="og:locale" content="{{ .Site.Params.ogLocale }}">
{{ range .Translations }}<meta property="og:locale:alternate" content="{{ .Site.Params.ogLocale }}">
{{ end }}{{ block "head" . }}{{ end }}
""".replace("XDEFAULT", first[1].lower()) + style + """
</head>
<body>
<header class="site-header"><a href="{{ .Site.Home.Permalink }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
        "single.html": """{{ define "head" }}<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "Product" "name" .Title "description" .Description "sku" .Params.sku "image" .Params.images "offers" (dict "@type" "Offer" "price" .Params.price "priceCurrency" .Site.Params.currency "availability" (cond (gt .Params.stock 0) "https://schema.org/InStock" "https://schema.org/OutOfStock") "url" .Permalink) | jsonify | safeJS }}</script>{{ end }}
{{ define "main" }}<nav class="breadcrumbs"><ol><li><a href="{{ .Site.Home.Permalink }}">Home</a></li><li>{{ .Params.category }}</li><li><a href="{{ .Permalink }}" aria-current="page">{{ .Title }}</a></li></ol></nav>
<article class="product">
<h1 class="product__name">{{ .Title }}</h1>
{{ range .Params.images }}<figure><img src="{{ . }}" alt="{{ $.Title }}"></figure>
{{ end }}<p class="price">{{ lang.FormatCurrency .Site.Params.decimals .Site.Params.currency .Params.price }}</p>
<p class="stock">{{ i18n "stock" (int .Params.stock) }}</p>
<p class="created">{{ .Date | time.Format ":date_long" }}</p>
<div class="product__description"><p>{{ .Description }}</p></div>
</article>{{ end }}
""",
        "list.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul class="card-list">
{{ range .Site.RegularPages.ByTitle }}<li class="card"><a href="{{ .Permalink }}">{{ .Title }}</a> <span>{{ lang.FormatCurrency .Site.Params.decimals .Site.Params.currency .Params.price }}</span></li>
{{ end }}</ul>{{ end }}
""",
    }
    for name, text in layouts.items():
        with open(os.path.join(out, "layouts", "_default", name), "w", encoding="utf-8") as file:
            file.write(text)

    rates = {"EUR": Decimal(1), **{code: Decimal(rate) for code, rate in RATES.items()}}
    for mid, *_ in markets:
        os.makedirs(os.path.join(out, "content", mid, "products"), exist_ok=True)
    with open(os.path.join(source, "data", "products.jsonl"), encoding="utf-8") as catalog:
        for line in catalog:
            item = json.loads(line)
            for mid, locale, currency, path, host, zone, engines, rounding, ending, tax, included in markets:
                override = item.get("markets", {}).get(mid, {})
                if override.get("sold") is False:
                    continue
                amount = Decimal(override.get("price", item["price"])) * rates[currency]
                if tax is not None and included:
                    amount *= 1 + Decimal(tax)
                step = Decimal(1) if currency in ZERO_DECIMALS else Decimal("0.01")
                amount = amount.quantize(step, rounding=ROUND_HALF_EVEN)
                name = resolve(item["name"], locale)
                page = {
                    "title": name,
                    "slug": resolve(item["slug"], locale),
                    "date": item["created"],
                    "description": resolve(item["description"], locale),
                    "sku": item["id"],
                    "category": item["category"],
                    "price": float(amount),
                    "stock": item["stock"],
                    "images": [f"https://shop.example.com/{image['src']}" for image in item["images"]],
                }
                file = os.path.join(out, "content", mid, "products", item["id"] + ".md")
                with open(file, "w", encoding="utf-8") as output:
                    output.write(json.dumps(page, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
