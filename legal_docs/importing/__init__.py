"""Imports into a portal's legal documents and administrative procedures (see the modules)."""

from .documents import import_legal_documents
from .procedures import import_procedures

__all__ = ["import_legal_documents", "import_procedures"]
