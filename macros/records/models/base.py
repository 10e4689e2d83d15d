"""What every record shares: closed (unknown keys are an error) and frozen."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DataFile(Record):
    """Root of one data file. ``LISTS`` names its record lists and the noun for one record."""

    LISTS: ClassVar[dict[str, str]] = {}
