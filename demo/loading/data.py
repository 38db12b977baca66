"""The demo's JSON data files (`demo/data/`), each read once per process."""

import json
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SUPERUSER = "superuser"


@cache
def load(name):
    """The parsed content of `demo/data/<name>.json`. Callers must not change it."""
    with open(DATA_DIR / f"{name}.json", encoding="utf-8") as file:
        return json.load(file)


def units():
    return load("units")


def pages():
    return load("pages")


def articles():
    return load("articles")


def legal_documents():
    return load("legal_documents")


def procedures():
    return load("procedures")


def links():
    return load("links")


def images():
    return load("images")


def commune_news(unit_name):
    return articles()["commune_news"].get(unit_name, [])


def commune_documents(unit_name):
    """The commune's document specs, templates filled in (without the placeholders' values)."""
    documents = legal_documents()
    templates = documents["commune_templates"]
    return [
        {**templates.get(item.get("template"), {}), **item}
        for item in documents["commune_documents"].get(unit_name, [])
    ]
