"""Shared test helpers: paths, the contract's JSON Schemas, and running the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ZHICHENG_SHARED", ROOT.parent / "shared"))
FIXTURES = ROOT / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test (with the reason) where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared material (contract schemas, real documents) "
                    "lives beside the repository, not in it")
    return path


@pytest.fixture(scope="session")
def schema_validator():
    """Validate a document against one of ../shared/schema/*.schema.json, $refs resolved."""
    import jsonschema
    from referencing import Registry, Resource

    schema_dir = shared_path("schema")
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in schema_dir.glob("*.schema.json")}
    registry = Registry().with_resources(
        (name, Resource.from_contents(s)) for name, s in schemas.items())

    def validate(instance: object, name: str) -> None:
        schema = schemas[f"{name}.schema.json"]
        cls = jsonschema.validators.validator_for(schema)
        cls(schema, registry=registry).validate(instance)

    return validate


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m zhicheng`` as a user would, capturing text output."""
    return subprocess.run([sys.executable, "-m", "zhicheng", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=120)
