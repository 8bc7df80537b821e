#!/usr/bin/env python3
"""Checks a SARIF log from `locgen validate --format sarif` before it goes to GitHub code scanning.

    python3 Scripts/check-sarif.py report.sarif [sarif-schema-2.1.0.json]

Always checks what code scanning relies on: version 2.1.0, runs, tool.driver.name, unique rule ids,
each result's ruleId/ruleIndex pair, message.text, a relative or file: URI without spaces, and a
region with startLine >= 1. With the OASIS schema file (sarif-schema-2.1.0.json; this script
downloads nothing) and the `jsonschema` package it also validates the whole log against it.
Exits 0 when the log passes, 1 with one line per problem otherwise.
"""
import json
import sys


def structural_problems(log):
    problems = []
    if log.get("version") != "2.1.0":
        problems.append("version is not 2.1.0")
    runs = log.get("runs")
    if not isinstance(runs, list):
        return problems + ["runs is missing"]
    for r, run in enumerate(runs):
        driver = run.get("tool", {}).get("driver", {})
        if not driver.get("name"):
            problems.append(f"runs[{r}].tool.driver.name is missing")
        rules = driver.get("rules", [])
        ids = [rule.get("id") for rule in rules]
        if len(set(ids)) != len(ids) or None in ids:
            problems.append(f"runs[{r}] rule ids are missing or not unique")
        for i, result in enumerate(run.get("results", [])):
            where = f"runs[{r}].results[{i}]"
            index = result.get("ruleIndex")
            if not isinstance(index, int) or not 0 <= index < len(rules):
                problems.append(f"{where}.ruleIndex {index!r} is not an index into the rules")
            elif ids[index] != result.get("ruleId"):
                problems.append(f"{where}.ruleId {result.get('ruleId')!r} is not rule {index} ({ids[index]!r})")
            if not result.get("message", {}).get("text"):
                problems.append(f"{where}.message.text is missing")
            for l, location in enumerate(result.get("locations", [])):
                physical = location.get("physicalLocation", {})
                uri = physical.get("artifactLocation", {}).get("uri", "")
                if not uri or " " in uri or ("://" in uri and not uri.startswith("file://")):
                    problems.append(f"{where}.locations[{l}] uri {uri!r} is not a relative or file: URI")
                if physical.get("region", {}).get("startLine", 0) < 1:
                    problems.append(f"{where}.locations[{l}] region.startLine is missing or below 1")
    return problems


def schema_problems(log, schema_path):
    try:
        import jsonschema
    except ImportError:
        print("note: the jsonschema package is not installed; skipped the schema check", file=sys.stderr)
        return []
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)
    validator = jsonschema.Draft7Validator(schema)
    return [f"schema: at {'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in validator.iter_errors(log)]


def main(arguments):
    if not 1 <= len(arguments) <= 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as file:
        log = json.load(file)
    problems = structural_problems(log)
    if len(arguments) == 2:
        problems += schema_problems(log, arguments[1])
    for problem in problems:
        print(f"{arguments[0]}: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
