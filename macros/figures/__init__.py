"""Layer 2, derived figures: what the plan computes from its records, before any rendering.

- ``budget``: rupiah per funding source split exactly, and cross-tabulations with totals
- ``numbering``: "Tabel 5.1" / "Gambar 8.1" for every numbered item, known before pages render
- ``summaries``: per-dimension counts, the yearly stages, the RACI columns

Imports ``records`` only.
"""
