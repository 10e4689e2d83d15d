"""Open data: every record list of data/*.yml published as a CSV and a JSON table.

- ``catalogue``: the tables, derived from the models (a new field is published without code)
- ``columns``: titles of the tables and descriptions of their columns, in Indonesian
- ``files``: writing them under site/data/, with katalog.json
- ``page``: the macros of the "Data Terbuka" page
"""
