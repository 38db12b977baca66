"""Import of articles from the older portal a unit moves away from.

The input is JSON Lines: one article per line, as `python manage.py import_articles` documents.
The file is streamed in batches of lines and every line is prepared in its own savepoint, so a
bad line is reported and skipped without leaving half of an article (or its images) behind, and
memory does not grow with the size of the file; the new articles of a batch are written together.
Re-importing the same file updates the articles found by `external_id` on that site. Per-save
search indexing is suspended during the run and the imported objects are indexed in bulk at the end.
"""

from .parser import ArticleRecord, ImageSpec, parse_line
from .writer import ArticleImporter, clean_body_html, free_slug

__all__ = [
    "ArticleImporter",
    "ArticleRecord",
    "ImageSpec",
    "clean_body_html",
    "free_slug",
    "import_articles",
    "parse_line",
]


def import_articles(path, hostname, on_error=None):
    """Import the JSONL file at `path` into the site answering on `hostname`; returns an ImportReport.

    `on_error(line_number, reason)` is called for each skipped line as soon as it is found.
    """
    importer = ArticleImporter(hostname)
    return importer.run(path, on_error=on_error)
