#!/usr/bin/env python3
"""Generates a shop site for the `locgen build` benchmark.

Usage: generate.py OUT_DIR PRODUCTS MARKETS

Writes OUT_DIR/locgen.yaml (the first MARKETS markets of a table of 32: left-to-right and RTL,
Latin, Cyrillic, CJK, Arabic, Hebrew, Devanagari and Thai locales; their currencies, price endings,
cash rounding and tax rules; the China market on its own host), OUT_DIR/data/rates.yaml and
OUT_DIR/data/products.jsonl with PRODUCTS products like the demo shop's (examples/shop): names and
2-3 sentence descriptions in several scripts, per-locale slugs and names for some locales, stock
counts that reach every plural category, dates, images, a few market overrides). The keys are the
ones docs/CONFIGURATION.md and docs/CATALOG.md define. Output is deterministic for a given size.
"""
import json
import os
import random
import sys

# id, locale, currency, path, host, time zone, search engines, rounding, ending, tax rate, tax included
MARKETS = [
    ("us", "en-US", "USD", "/us/", None, "America/New_York", ["google", "bing"], "currency", "0.99", "0", False),
    ("gb", "en-GB", "GBP", "/uk/", None, "Europe/London", ["google", "bing"], "currency", "0.99", "0.20", True),
    ("de", "de-DE", "EUR", "/de/", None, "Europe/Berlin", ["google"], "currency", "0.95", "0.19", True),
    ("ch", "de-CH", "CHF", "/ch/", None, "Europe/Zurich", ["google"], "cash", "0.95", "0.081", True),
    ("fr", "fr-FR", "EUR", "/fr/", None, "Europe/Paris", ["google"], "currency", "0.90", "0.20", True),
    ("jp", "ja-JP", "JPY", "/jp/", None, "Asia/Tokyo", ["google", "yahoo-japan"], "currency", "10", "0.10", True),
    ("cn", "zh-Hans-CN", "CNY", "/", "shop.example.cn", "Asia/Shanghai", ["baidu"], "currency", "whole", "0.13", True),
    ("ru", "ru-RU", "RUB", "/ru/", None, "Europe/Moscow", ["yandex", "google"], "currency", "whole", "0.20", True),
    ("ae", "ar-AE", "AED", "/ae/", None, "Asia/Dubai", ["google"], "currency", None, "0.05", True),
    ("mx", "es-MX", "MXN", "/mx/", None, "America/Mexico_City", ["google"], "currency", "whole", "0.16", True),
    ("br", "pt-BR", "BRL", "/br/", None, "America/Sao_Paulo", ["google"], "currency", "0.90", None, True),
    ("pl", "pl-PL", "PLN", "/pl/", None, "Europe/Warsaw", ["google"], "currency", "0.99", "0.23", True),
    ("it", "it-IT", "EUR", "/it/", None, "Europe/Rome", ["google"], "currency", "0.90", "0.22", True),
    ("nl", "nl-NL", "EUR", "/nl/", None, "Europe/Amsterdam", ["google"], "currency", "0.95", "0.21", True),
    ("se", "sv-SE", "SEK", "/se/", None, "Europe/Stockholm", ["google"], "currency", "whole", "0.25", True),
    ("kr", "ko-KR", "KRW", "/kr/", None, "Asia/Seoul", ["naver", "google"], "currency", "100", "0.10", True),
    ("il", "he-IL", "ILS", "/il/", None, "Asia/Jerusalem", ["google"], "currency", "0.90", "0.17", True),
    ("in", "hi-IN", "INR", "/in/", None, "Asia/Kolkata", ["google"], "currency", "whole", "0.18", True),
    ("th", "th-TH", "THB", "/th/", None, "Asia/Bangkok", ["google"], "currency", "whole", "0.07", True),
    ("tr", "tr-TR", "TRY", "/tr/", None, "Europe/Istanbul", ["google", "yandex"], "currency", "whole", "0.20", True),
    ("ua", "uk-UA", "UAH", "/ua/", None, "Europe/Kyiv", ["google"], "currency", "whole", "0.20", True),
    ("tw", "zh-Hant-TW", "TWD", "/tw/", None, "Asia/Taipei", ["google"], "currency", "whole", "0.05", True),
    ("ca", "fr-CA", "CAD", "/ca-fr/", None, "America/Toronto", ["google", "bing"], "currency", "0.99", "0.13", False),
    ("es", "es-ES", "EUR", "/es/", None, "Europe/Madrid", ["google"], "currency", "0.95", "0.21", True),
    ("at", "de-AT", "EUR", "/at/", None, "Europe/Vienna", ["google"], "currency", "0.90", "0.20", True),
    ("au", "en-AU", "AUD", "/au/", None, "Australia/Sydney", ["google", "bing"], "cash", "0.95", "0.10", True),
    ("cz", "cs-CZ", "CZK", "/cz/", None, "Europe/Prague", ["google", "seznam"], "currency", "whole", "0.21", True),
    ("sa", "ar-SA", "SAR", "/sa/", None, "Asia/Riyadh", ["google"], "currency", "whole", "0.15", True),
    ("be", "nl-BE", "EUR", "/be/", None, "Europe/Brussels", ["google"], "currency", "0.99", "0.21", True),
    ("ie", "en-IE", "EUR", "/ie/", None, "Europe/Dublin", ["google", "bing"], "currency", "0.99", "0.23", True),
    ("dk", "da-DK", "DKK", "/dk/", None, "Europe/Copenhagen", ["google"], "currency", "whole", "0.25", True),
    ("ro", "ro-RO", "RON", "/ro/", None, "Europe/Bucharest", ["google"], "currency", "0.99", "0.19", True),
]

RATES = {
    "USD": "1.0850", "GBP": "0.8420", "CHF": "0.9380", "JPY": "163.40", "CNY": "7.8200", "RUB": "94.50",
    "AED": "3.9850", "MXN": "19.6500", "BRL": "5.9200", "PLN": "4.2650", "SEK": "11.4200", "KRW": "1448.00",
    "ILS": "4.0100", "INR": "90.6500", "THB": "38.2000", "TRY": "35.1000", "UAH": "44.8000", "TWD": "34.9000",
    "CAD": "1.4800", "AUD": "1.6500", "CZK": "25.1500", "SAR": "4.0700", "DKK": "7.4600", "RON": "4.9700",
}

PAYMENTS = ["visa", "mastercard", "paypal", "klarna", "apple-pay", "amex"]

# Words to build text from, per locale (the locales the catalog gives text in).
NOUNS = {
    "en": ["Jacket", "Parka", "Fleece", "Backpack", "Tent", "Sleeping Bag", "Boots", "Trail Shoes", "Base Layer", "Gloves"],
    "de": ["Jacke", "Parka", "Fleecejacke", "Rucksack", "Zelt", "Schlafsack", "Stiefel", "Trailschuhe", "Funktionsshirt", "Handschuhe"],
    "fr": ["Veste", "Parka", "Polaire", "Sac à dos", "Tente", "Sac de couchage", "Bottes", "Chaussures de trail", "Sous-couche", "Gants"],
    "ru": ["Куртка", "Парка", "Флиска", "Рюкзак", "Палатка", "Спальник", "Ботинки", "Кроссовки", "Термобельё", "Перчатки"],
    "ja": ["ジャケット", "パーカー", "フリース", "バックパック", "テント", "寝袋", "ブーツ", "トレイルシューズ", "ベースレイヤー", "グローブ"],
    "zh-Hans": ["夹克", "派克大衣", "抓绒衣", "背包", "帐篷", "睡袋", "靴子", "越野跑鞋", "排汗内衣", "手套"],
    "ar": ["سترة", "معطف", "صوف", "حقيبة ظهر", "خيمة", "كيس نوم", "حذاء", "حذاء جري", "طبقة أساسية", "قفازات"],
    "es": ["Chaqueta", "Parka", "Forro polar", "Mochila", "Tienda", "Saco de dormir", "Botas", "Zapatillas", "Capa base", "Guantes"],
    "pl": ["Kurtka", "Parka", "Polar", "Plecak", "Namiot", "Śpiwór", "Buty", "Buty biegowe", "Bielizna", "Rękawice"],
}
PLACES = ["Alpina", "Fjord", "Nordkapp", "Tundra", "Sierra", "Kaskade", "Taiga", "Polaris", "Lofoten", "Atlas", "Denali", "Ural"]
SENTENCES = {
    "en": [
        "A {noun} made for long days outside, with {n} grams of recycled insulation and a tough ripstop shell.",
        "Taped seams, a two-way zip and reinforced shoulders keep it working season after season.",
        "It packs into its own pocket and weighs only {n} grams, so it never stays at home.",
        "The fit leaves room for a warm layer underneath without flapping in the wind on exposed ridges.",
        "Every part can be repaired in our workshop, and the fabric carries the bluesign® label.",
    ],
    "de": [
        "Ein {noun} für lange Tage draußen, mit {n} Gramm recycelter Isolation und robustem Ripstop-Obermaterial.",
        "Verklebte Nähte, ein Zwei-Wege-Reißverschluss und verstärkte Schultern halten ihn Saison für Saison in Form.",
        "Er lässt sich in seiner eigenen Tasche verstauen und wiegt nur {n} Gramm.",
    ],
    "ru": [
        "{noun} для долгих дней на природе: {n} граммов переработанного утеплителя и прочная ткань рипстоп.",
        "Проклеенные швы, двухсторонняя молния и усиленные плечи служат сезон за сезоном.",
        "Складывается в собственный карман и весит всего {n} граммов.",
    ],
    "ja": [
        "{n}グラムのリサイクル中綿と丈夫なリップストップ素材を使った、長い一日のための{noun}です。",
        "シームテープ加工と2ウェイジッパー、補強された肩部で、シーズンを重ねても頼れる作りです。",
        "専用ポケットに収納でき、重さはわずか{n}グラムです。",
    ],
    "zh-Hans": [
        "专为户外长时间活动设计的{noun}，采用{n}克再生保暖填充和耐磨格子布面料。",
        "压胶接缝、双向拉链和加固肩部，让它经久耐用。",
        "可收纳进自带口袋，重量仅{n}克。",
    ],
    "ar": [
        "{noun} مصممة لأيام طويلة في الهواء الطلق، مع {n} غرامًا من العزل المعاد تدويره وقماش متين.",
        "الدرزات الملصقة والسحاب ثنائي الاتجاه والأكتاف المعززة تحافظ عليها موسمًا بعد موسم.",
        "تُطوى في جيبها الخاص ولا يتجاوز وزنها {n} غرامًا.",
    ],
}
CATEGORIES = ["jackets", "fleece", "packs", "tents", "sleeping-bags", "footwear", "base-layers", "accessories"]
# Stock counts reaching zero, one, two, few, many and other in the markets' plural rules.
STOCKS = [0, 1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 101, 111, 1000]
SLUG_LATIN = {"en": "", "de": "-de", "fr": "-fr"}


def sentences(rng, locale, noun, count):
    pool = SENTENCES[locale]
    picks = [pool[0]] + rng.sample(pool[1:], count - 1)
    sep = "" if locale in ("ja", "zh-Hans") else " "
    return sep.join(s.format(noun=noun.lower() if locale in ("en", "de") and i else noun, n=rng.randint(90, 900))
                    for i, s in enumerate(picks))


def product(rng, index):
    place = PLACES[index % len(PLACES)]
    kind = rng.randrange(len(NOUNS["en"]))
    serial = f"{index + 1:06d}"
    names = {loc: f"{place} {nouns[kind]} {serial}" for loc, nouns in NOUNS.items()}
    base_slug = f"{place} {NOUNS['en'][kind]} {serial}".lower().replace(" ", "-")
    slug = {"en": base_slug}
    if index % 2 == 0:
        slug["de"] = f"{place} {NOUNS['de'][kind]} {serial}".lower().replace(" ", "-")
    if index % 3 == 0:
        slug["ru"] = f"{NOUNS['ru'][kind]}-{place.lower()}-{serial}".lower().replace(" ", "-")
        slug["ja"] = f"{NOUNS['ja'][kind]}-{serial}"
        slug["zh-Hans"] = f"{NOUNS['zh-Hans'][kind]}-{serial}"
    # Not every product is translated everywhere: the others fall back to the source locale.
    if index % 4 == 3:
        names = {k: v for k, v in names.items() if k in ("en", "de", "fr", "ja")}
    description = {"en": sentences(rng, "en", NOUNS["en"][kind], rng.choice((2, 3)))}
    for loc in ("de", "ru", "ja", "zh-Hans", "ar"):
        if rng.random() < 0.6:
            description[loc] = sentences(rng, loc, NOUNS[loc][kind], rng.choice((2, 3)))
    cents = rng.choice(("00", "50", "90", "95"))
    item = {
        "id": f"p-{serial}",
        "slug": slug,
        "price": f"{rng.randint(9, 899)}.{cents}",
        "stock": rng.choice(STOCKS),
        "category": CATEGORIES[kind % len(CATEGORIES)],
        "created": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "name": names,
        "description": description,
        "images": [{"src": f"img/{serial}-{i}.jpg",
                    "alt": {"en": f"The {names['en']} on a plain light background",
                            "de": f"{names['de']} vor hellem Hintergrund"}} for i in range(rng.randint(1, 3))],
    }
    if index % 5 == 0:
        item["updated"] = f"2025-11-{rng.randint(1, 25):02d}T09:30:00Z"
    if index % 10 == 0 and index > 0:
        item["related"] = [f"p-{index - j:06d}" for j in range(1, 4)]
    if index % 17 == 0:
        item["markets"] = {"ch": {"price": f"{rng.randint(20, 900)}.45"}}
    if index % 41 == 0:
        item.setdefault("markets", {})["ru"] = {"sold": False}
    return item


def write_config(out, markets):
    lines = [
        "# Generated by Benchmarks/build/generate.py.",
        "site:",
        "  name: Nordlicht Outfitters",
        "  base-url: https://shop.example.com",
        "source-locale: en",
        "base-currency: EUR",
        "rates: data/rates.yaml",
        "catalog: data/products.jsonl",
        "output: public",
        f"x-default: {markets[0][0]}",
        "markets:",
    ]
    for mid, locale, currency, path, host, zone, engines, rounding, ending, rate, included in markets:
        lines += [f"  {mid}:", f"    locale: {locale}", f"    currency: {currency}", f"    path: {path}"]
        if host:
            lines.append(f"    host: {host}")
        lines += [f"    time-zone: {zone}", f"    search-engines: [{', '.join(engines)}]", "    pricing:",
                  f"      rounding: {rounding}"]
        if ending:
            lines.append(f'      ending: "{ending}"')
        if rate is not None:
            lines.append(f'      tax: {{ rate: "{rate}", included: {"true" if included else "false"} }}')
        lines += [f"    payment-methods: [{', '.join(PAYMENTS[:3 + len(mid) % 3])}]", "    returns-days: 30"]
    with open(os.path.join(out, "locgen.yaml"), "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    currencies = sorted({m[2] for m in markets} - {"EUR"})
    with open(os.path.join(out, "data", "rates.yaml"), "w", encoding="utf-8") as file:
        file.write("base: EUR\nrates:\n" + "".join(f'  {c}: "{RATES[c]}"\n' for c in currencies))


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: generate.py OUT_DIR PRODUCTS MARKETS")
    out, products, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if not 1 <= count <= len(MARKETS):
        sys.exit(f"error: MARKETS must be 1 to {len(MARKETS)}")
    os.makedirs(os.path.join(out, "data"), exist_ok=True)
    write_config(out, MARKETS[:count])
    rng = random.Random(42)
    with open(os.path.join(out, "data", "products.jsonl"), "w", encoding="utf-8") as file:
        for index in range(products):
            file.write(json.dumps(product(rng, index), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
