"""The official PDF: built pages cut into chapters (``chapters``), rendered with cover, Kata
Pengantar and lists as one WeasyPrint document (``document``, ``print.css``,
``rendering/templates/pdf/``), and the download links of the site (``download``)."""
