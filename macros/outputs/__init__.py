"""Layer 4, outputs: what is published besides the rendered chapters.

- ``search``: Indonesian word families added to Material's search index
- ``opendata``: every data table as CSV and JSON, and the "Data Terbuka" page
- ``pdf``: the official PDF, one WeasyPrint document cut from the built pages
- ``site``: page revision dates and the reproducible build date
- ``git_history``: when files last changed, from git

Imports ``records``, ``figures`` and ``rendering``; never MkDocs.
"""
