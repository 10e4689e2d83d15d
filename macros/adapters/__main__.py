"""``python -m macros.adapters build|serve`` (what ``make build`` and ``make serve`` run); see ``cli``."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
