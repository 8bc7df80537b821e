#!/usr/bin/env bash
# Shows the locale engine at work: the same product facts formatted for several markets.
# Usage: examples/engine/run.sh [path/to/locgen]
set -euo pipefail
locgen="${1:-locgen}"

stock='{count, plural, =0 {Sold out} one {Only # left} other {# in stock}}'
stock_ru='{count, plural, =0 {Нет в наличии} one {Остался # товар} few {Осталось # товара} many {Осталось # товаров} other {Осталось # товара}}'
stock_ar='{count, plural, =0 {نفدت الكمية} zero {لا توجد قطع} one {تبقت قطعة واحدة} two {تبقت قطعتان} few {تبقت # قطع} many {تبقت # قطعة} other {تبقت # قطعة}}'
stock_pl='{count, plural, =0 {Wyprzedane} one {Została # sztuka} few {Zostały # sztuki} many {Zostało # sztuk} other {Zostało # sztuki}}'

show() {
    printf '%-34s %s\n' "$1" "$2"
}

echo "== Prices (currency digits, cash rounding, local grouping and digits)"
show "en-US   USD 1234.5"            "$("$locgen" format --locale en-US --currency USD 1234.5)"
show "de-DE   EUR 1234.5"            "$("$locgen" format --locale de-DE --currency EUR 1234.5)"
show "de-CH   CHF 1234.567"          "$("$locgen" format --locale de-CH --currency CHF 1234.567)"
show "de-CH   CHF 1234.567 --cash"   "$("$locgen" format --locale de-CH --currency CHF 1234.567 --cash)"
show "ja-JP   JPY 1234.5"            "$("$locgen" format --locale ja-JP --currency JPY 1234.5)"
show "en-IN   INR 1234567.891"       "$("$locgen" format --locale en-IN --currency INR 1234567.891)"
show "ar-EG   EGP 1234.5"            "$("$locgen" format --locale ar-EG --currency EGP 1234.5)"
echo
echo "== Stock messages (CLDR plural rules per locale)"
for count in 0 1 2 5 21 22; do
    show "en  count=$count" "$("$locgen" format --locale en "$stock" count=$count)"
done
for count in 1 3 5 21; do
    show "ru  count=$count" "$("$locgen" format --locale ru "$stock_ru" count=$count)"
    show "pl  count=$count" "$("$locgen" format --locale pl "$stock_pl" count=$count)"
    show "ar  count=$count" "$("$locgen" format --locale ar "$stock_ar" count=$count)"
done
echo
echo "== Delivery dates (skeletons, explicit time zones)"
when=2026-11-25T23:30:00Z
show "en-US America/New_York"  "$("$locgen" format --locale en-US --date $when --skeleton yMMMMEEEEd --time-zone America/New_York)"
show "ja-JP Asia/Tokyo"        "$("$locgen" format --locale ja-JP --date $when --skeleton yMMMMEEEEd --time-zone Asia/Tokyo)"
show "de-DE Europe/Berlin"     "$("$locgen" format --locale de-DE --date $when --date-style full --time-zone Europe/Berlin)"
show "ar-EG Africa/Cairo"      "$("$locgen" format --locale ar-EG --date $when --skeleton yMMMMd --time-zone Africa/Cairo)"
show "de  relative -3 days"    "$("$locgen" format --locale de --relative -3 --unit day)"
show "fr  relative 1 day"      "$("$locgen" format --locale fr --relative 1 --unit day)"
echo
echo "== Lists and locales"
show "es  list"                "$("$locgen" format --locale es --list Visa Mastercard PayPal)"
show "zh-Hans list (or)"       "$("$locgen" format --locale zh-Hans --list --or 支付宝 微信支付 银联)"
show "es-MX fallback chain"    "$("$locgen" locale es-MX | sed -n "s/^fallback chain *//p")"
