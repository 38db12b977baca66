"""The import pipeline every bulk import shares (articles from an older portal, legal documents
from a spreadsheet, procedures from the national portal's export, link lists).

An importer reads its file (`readers`), cleans every text field with one cleaner (`text`),
writes each row in its own savepoint that turns what the database refuses into a row error
(`rows`), reports bad rows with their number and a Vietnamese reason (`errors`) and keeps going;
files named by a row are found inside the import's folder (`files`), HTML is cleaned by
Wagtail's whitelisting (`html`), search indexing is deferred and done in bulk (`indexing`), and
the management commands share one base (`commands`).
"""

from .commands import ImportCommand
from .errors import ImportReport, ImportSetupError, RowError, os_reason, validation_message
from .files import file_in_folder, image_from_file
from .html import DROPPED_ELEMENTS, ImportHTMLConverter
from .indexing import INDEX_CHUNK_SIZE, deferred_indexing, forget_queries, index_in_bulk, update_reference_index
from .readers import CsvRows, open_import_file
from .rows import database_refusal, row_errors, row_savepoint
from .text import clean_text, strip_control_characters

__all__ = [
    "DROPPED_ELEMENTS",
    "INDEX_CHUNK_SIZE",
    "CsvRows",
    "ImportCommand",
    "ImportHTMLConverter",
    "ImportReport",
    "ImportSetupError",
    "RowError",
    "clean_text",
    "database_refusal",
    "deferred_indexing",
    "file_in_folder",
    "forget_queries",
    "image_from_file",
    "index_in_bulk",
    "open_import_file",
    "os_reason",
    "row_errors",
    "row_savepoint",
    "strip_control_characters",
    "update_reference_index",
    "validation_message",
]
