"""Word boundaries a text-only search indexer would otherwise lose.

The kit's templates write a table row on one line (``<th>APBD</th><td>Anggaran ...</td>``).
Material's search indexer keeps the text of a table and drops its tags, so that row
became the single word "APBDAnggaran", which no query finds, and the word families
stemmed hundreds of such glued words on every build. A space after each cell, row,
caption, list item, form option and line break keeps the words apart. Browsers and WeasyPrint ignore
white space between table cells and after a line break, so the page looks the same.
"""

from __future__ import annotations

import re

# a cell, row, caption, definition or list item directly followed by the next tag;
# a line break directly followed by anything but white space
_JOINED = re.compile(r"(?:</t[hd]>|</tr>|</caption>|</d[td]>|</li>|</option>|</label>)(?=<)|<br\s*/?>(?=\S)")


def separate_cells(html: str) -> str:
    """``html`` with a space wherever text of two cells or lines would touch."""
    return _JOINED.sub(lambda m: f"{m.group(0)} ", html)
