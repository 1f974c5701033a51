"""Shared fixtures and Hypothesis profiles.

``HYPOTHESIS_PROFILE=thorough`` runs many more examples than CI's default.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile(
    "thorough", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def seed() -> dict[str, Any]:
    """The article this project started from, with its gold annotation."""
    record: dict[str, Any] = json.loads((DATA / "seed.json").read_text(encoding="utf-8"))
    return record
