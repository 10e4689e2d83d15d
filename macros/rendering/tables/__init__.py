"""Numbered tables, one module per group of chapters; ``base.Tables`` is their shared pattern."""
