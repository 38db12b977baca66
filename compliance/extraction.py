"""Turn any page into what the rules look at: links, embeds, raw HTML sources, text, images, source fields.

Works on the page instance as it is in memory (a page loaded from the database, or an unsaved
page built from the editor's form), without queries: StreamFields are walked through their raw
JSON with the block definitions (image ids are read, never fetched), rich text is read as stored
HTML (images embedded in rich text included), URL fields and image foreign keys by their values.

Fields Wagtail's own Page model defines (title, slug, SEO fields) and fields editors cannot edit
(search text, import ids) are left out; inline child objects (ParentalKey) are not walked.
"""

import html
import re
from dataclasses import dataclass, field

from django.db import models

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page


@dataclass(frozen=True)
class LinkRef:
    url: str
    text: str = ""  # the anchor text, for rich text links
    context: str = ""  # the paragraph around the link


@dataclass(frozen=True)
class SourceInfo:
    """Where an article says it comes from (ArticlePage's source fields)."""

    kind: str
    source_name: str
    source_url: str
    source_permission: str


@dataclass
class PageContent:
    links: list = field(default_factory=list)  # LinkRef
    embeds: list = field(default_factory=list)  # URLs of embed blocks and media embedded in rich text
    html_sources: list = field(default_factory=list)  # src of script/iframe/img/... and URLs inside scripts
    paragraphs: list = field(default_factory=list)  # plain text, one entry per paragraph or text value
    image_ids: list = field(default_factory=list)  # in order of first use, no repeats
    source: SourceInfo | None = None

    def add_image(self, value):
        image_id = _as_id(value)
        if image_id is not None and image_id not in self.image_ids:
            self.image_ids.append(image_id)


def extract_page(page):
    """What one page (specific instance) contains. Raises only on data it cannot read at all."""
    content = PageContent()
    for name, kind in _field_plan(type(page)):
        value = getattr(page, name, None)
        if value is None or value == "":
            continue
        if kind == "stream":
            raw = value.raw_data if hasattr(value, "raw_data") else value
            _walk_stream(page._meta.get_field(name).stream_block, raw, content)
        elif kind == "html":
            read_html(str(value), content)
        elif kind == "url":
            content.links.append(LinkRef(str(value)))
        elif kind == "text":
            read_text(str(value), content)
        elif kind == "image":
            content.add_image(value)
    if all(hasattr(page, name) for name in ("kind", "source_name", "source_url", "source_permission")):
        content.source = SourceInfo(
            kind=page.kind or "",
            source_name=page.source_name or "",
            source_url=page.source_url or "",
            source_permission=page.source_permission or "",
        )
    return content


_PLANS = {}


def _field_plan(model):
    """(attribute, kind) for each field of a page model worth reading, computed once per model."""
    plan = _PLANS.get(model)
    if plan is not None:
        return plan
    page_fields = {f.name for f in Page._meta.concrete_fields}
    image_model = get_image_model()
    plan = []
    for f in model._meta.concrete_fields:
        if f.name in page_fields or f.primary_key or not f.editable:
            continue
        if isinstance(f, StreamField):
            plan.append((f.name, "stream"))
        elif isinstance(f, RichTextField):
            plan.append((f.name, "html"))
        elif isinstance(f, models.ForeignKey):
            if f.related_model is not None and issubclass(f.related_model, image_model):
                plan.append((f.attname, "image"))
        elif isinstance(f, models.URLField):
            plan.append((f.name, "url"))
        elif isinstance(f, (models.CharField, models.TextField)) and not f.choices:
            plan.append((f.name, "url" if "url" in f.name else "text"))
    _PLANS[model] = plan
    return plan


def _as_id(value):
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return int(value) if value.strip().isdigit() else None
    if isinstance(value, dict):
        return _as_id(value.get("image") if "image" in value else value.get("id"))
    return _as_id(getattr(value, "pk", None))


def _walk_stream(stream_block, raw, content):
    if raw is None:
        return
    if hasattr(raw, "raw_data"):
        raw = raw.raw_data
    for child in raw:
        if not isinstance(child, dict):
            raise ValueError(f"Khối nội dung không đúng định dạng: {str(child)[:80]}")
        block = stream_block.child_blocks.get(child.get("type"))
        if block is not None:
            _walk_block(block, child.get("value"), content)


def _walk_block(block, raw, content):
    if raw is None:
        return
    if isinstance(block, (ImageBlock, ImageChooserBlock)):
        content.add_image(raw)
    elif isinstance(block, blocks.BaseStreamBlock):
        _walk_stream(block, raw, content)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]
            _walk_block(block.child_block, item, content)
    elif isinstance(block, blocks.BaseStructBlock):
        for name, child_block in block.child_blocks.items():
            _walk_block(child_block, raw.get(name) if hasattr(raw, "get") else None, content)
    elif isinstance(block, EmbedBlock):
        url = raw if isinstance(raw, str) else getattr(raw, "url", "")
        if url:
            content.embeds.append(url)
    elif isinstance(block, blocks.RichTextBlock):
        read_html(raw if isinstance(raw, str) else getattr(raw, "source", ""), content)
    elif isinstance(block, blocks.RawHTMLBlock):
        read_html(str(raw), content)
    elif isinstance(block, blocks.URLBlock):
        content.links.append(LinkRef(str(raw)))
    elif isinstance(raw, dict) and isinstance(raw.get("data"), list):  # TableBlock
        for row in raw["data"]:
            for cell in row or ():
                if isinstance(cell, str) and cell.strip():
                    read_text(cell, content)
    elif isinstance(block, blocks.FieldBlock) and isinstance(raw, str) and not isinstance(block, blocks.ChooserBlock):
        read_text(raw, content)


_PARAGRAPH_END = re.compile(r"</(?:p|h[1-6]|li|div|blockquote|td|th|tr|pre)\s*>|<br\s*/?>", re.I)
_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)(?:</a\s*>|$)", re.I | re.S)
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>", re.S)
_ATTR = re.compile(r"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_SCRIPT_BODY = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.I | re.S)
_URL_IN_TEXT = re.compile(r"""(?:https?:)?//[^\s"'<>()\\]+\.[^\s"'<>()\\]+""", re.I)
_BARE_URL = re.compile(r"""(?:\bhttps?://|\bwww\.)[^\s"'<>]+""", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
_SOURCE_TAGS = {"script", "iframe", "frame", "img", "embed", "object", "source", "video", "audio", "link", "input"}


def _attributes(text):
    attrs = {}
    for name, double, single, bare in _ATTR.findall(text):
        attrs.setdefault(name.lower(), html.unescape(double or single or bare))
    return attrs


def _plain(fragment):
    return " ".join(html.unescape(_ANY_TAG.sub(" ", fragment)).split())


def read_html(source, content):
    """Links, sources, embedded images and paragraphs of stored rich text or raw HTML."""
    if not source:
        return
    for script in _SCRIPT_BODY.findall(source):
        content.html_sources.extend(_URL_IN_TEXT.findall(script))
        if "adsbygoogle" in script:
            content.html_sources.append("//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js")
    for paragraph in _PARAGRAPH_END.split(source):
        context = _plain(_SCRIPT_BODY.sub(" ", paragraph))
        if context:
            content.paragraphs.append(context)
        if "<" not in paragraph:
            continue
        for attr_text, inner in _ANCHOR.findall(paragraph):
            attrs = _attributes(attr_text)
            if "linktype" in attrs or "href" not in attrs:
                continue  # Wagtail's internal page and document links
            content.links.append(LinkRef(attrs["href"], _plain(inner), context))
        for name, attr_text in _TAG.findall(paragraph):
            name = name.lower()
            if name not in _SOURCE_TAGS:
                continue
            attrs = _attributes(attr_text)
            if name == "embed" and attrs.get("embedtype") == "image":
                content.add_image(attrs.get("id"))
            elif name == "embed" and attrs.get("embedtype") == "media":
                if attrs.get("url"):
                    content.embeds.append(attrs["url"])
            else:
                url = attrs.get("src") or attrs.get("data") or (attrs.get("href") if name == "link" else None)
                if url:
                    content.html_sources.append(url)
        if "<ins" in paragraph and "adsbygoogle" in paragraph:
            content.html_sources.append("//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js")


def read_text(text, content):
    """A plain text value: may still hold HTML (imported content) or bare addresses."""
    if "<" in text and ">" in text:
        read_html(text, content)
        return
    stripped = " ".join(text.split())
    if stripped:
        content.paragraphs.append(stripped)
    for url in _BARE_URL.findall(text):
        content.links.append(LinkRef(url.rstrip(".,;:"), "", stripped))
