"""The layer rule where the page cache and view counting meet: cms knows no app above it,
content apps never import engagement, and the articles feeds need no model import."""

import ast
from pathlib import Path

import pytest

from django.conf import settings
from django.core import checks

from articles.models import NewsIndexPage
from engagement.checks import counted_pages_keep_a_count

ABOVE_CMS = ("sites", "home", "articles", "legal_docs", "compliance", "reports", "engagement", "demo")
CONTENT_APPS = ("home", "articles", "legal_docs")


def imported_modules(path):
    """Every module `path` imports, relative imports made absolute."""
    package = ".".join(path.relative_to(settings.BASE_DIR).with_suffix("").parts[:-1])
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(filter(None, [*parent, base]))
            modules.add(base)
            modules.update(f"{base}.{alias.name}" for alias in node.names)
    return modules


def sources(app):
    return [path for path in (settings.BASE_DIR / app).rglob("*.py") if "migrations" not in path.parts]


def imports_of(app, forbidden):
    found = set()
    for path in sources(app):
        for module in imported_modules(path):
            if module.split(".")[0] in forbidden:
                found.add((str(path.relative_to(settings.BASE_DIR)), module))
    return sorted(found)


def test_the_import_reader_sees_relative_imports():
    assert "articles.feeds.SectionFeed" in imported_modules(Path(settings.BASE_DIR / "articles/models.py"))


def test_cms_imports_no_app_above_it():
    assert imports_of("cms", ABOVE_CMS) == []


@pytest.mark.parametrize("app", CONTENT_APPS)
def test_content_apps_never_import_engagement(app):
    assert imports_of(app, ("engagement",)) == []


def test_the_articles_feeds_import_no_models():
    modules = imported_modules(settings.BASE_DIR / "articles/feeds.py")
    assert not [module for module in modules if module.startswith("articles.")]


def test_a_page_type_that_counts_views_must_have_a_count_field(monkeypatch):
    assert counted_pages_keep_a_count(None) == []
    monkeypatch.setattr(NewsIndexPage, "counted_routes", ("",), raising=False)
    errors = counted_pages_keep_a_count(None)
    assert [(error.id, error.obj, error.level) for error in errors] == [
        ("engagement.E001", NewsIndexPage, checks.ERROR)
    ]
