#!/usr/bin/python3
"""Validate every organization of an HSDS export against the official compiled schema.

Usage: validate_hsds.py SCHEMA EXPORT.json
Exit 0 when all validate; 1 with one line per error otherwise; 2 when jsonschema is missing.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(2)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    organizations = json.load(f)

if not isinstance(organizations, list) or not organizations:
    print("the export is not a non-empty array of organizations")
    sys.exit(1)

validator_class = jsonschema.validators.validator_for(schema)
validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
errors = 0
for index, organization in enumerate(organizations):
    for error in validator.iter_errors(organization):
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        print(f"$[{index}]{path}: {error.message}")
        errors += 1
print(f"{len(organizations)} organizations, {errors} errors")
sys.exit(1 if errors else 0)
