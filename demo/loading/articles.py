"""The demo's news: published articles in the news section of each of its sites.

Articles are found again by the slug of their title: a second run creates nothing, and an article an
editor has since changed or unpublished is left as it is. They are built through the page models
rather than `articles.importing.import_articles`: that importer updates an article found again (the demo
leaves an editor's changes alone) and has no `featured` flag or quote blocks with an attribution.
"""

from django.utils.html import escape

from wagtail.search.backends import get_search_backends

from articles.models import ArticlePage, NewsIndexPage
from cms.text import ascii_slug
from sites.models import Unit

from . import data
from .helpers import fill, find_section, in_sentence, list_html, publish, quote_block, resolve_datetime, section_slug
from .images import DemoImages

NEWS_SECTION_SLUG = section_slug(NewsIndexPage)


def load_news(demo):
    """Fill each site's news section intro and add the demo articles it is missing."""
    news = data.articles()
    contributors = _contributing_units(demo.district)
    images = DemoImages(demo.admin)
    created = []
    for unit in [demo.district, *Unit.objects.filter(parent=demo.district).with_sites()]:
        section = news_section(unit)
        if _fill_intro(section, unit, demo.admin) and not demo.report.is_new(unit):
            demo.report.add_update(f"{unit.name}: điền giới thiệu chuyên mục “{section.title}”")
        items = news["district_news"] if unit == demo.district else data.commune_news(unit.name)
        existing = set(section.get_children().values_list("slug", flat=True))
        for item in items:
            if ascii_slug(item["title"]) not in existing:
                credited = contributors[item["unit"]] if "unit" in item else unit
                created.append(_create_article(demo, section, item, credited, lambda name, u=unit: images.get(u, name)))
    if created:
        _reindex(created)
    demo.report.add_created(images.created, "ảnh")
    demo.report.add_created(len(created), "tin bài")


def news_section(unit):
    """The site's "Tin tức – Sự kiện" section, which provisioning creates as a news section page."""
    return find_section(unit, NewsIndexPage, NEWS_SECTION_SLUG, "tin mẫu")


def body_stream(blocks, values, image=None):
    """Raw `ArticlePage.body` data from the [block, value] pairs of `articles.json`.

    `image(name)` gives the uploaded image of an ["image", [name, caption]] block.
    """
    stream = []
    for block, value in blocks:
        if block == "paragraph":
            stream.append({"type": "paragraph", "value": f"<p>{escape(fill(value, values))}</p>"})
        elif block == "heading":
            stream.append({"type": "paragraph", "value": f"<h2>{escape(fill(value, values))}</h2>"})
        elif block == "list":
            items = list_html(fill(item, values) for item in value)
            stream.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        elif block == "quote":
            stream.append(quote_block(value, values))
        elif block == "image":
            name, caption = value
            photo = image(name)
            stream.append({
                "type": "image",
                "value": {
                    "image": {"image": photo.pk, "alt_text": photo.title, "decorative": False},
                    "caption": fill(caption, values),
                },
            })
        else:
            raise ValueError(f"Unknown demo block type: {block}")
    return stream


def _contributing_units(district):
    """The district's units by name and by short name, as the demo data credits them."""
    units = {}
    for unit in Unit.objects.contributing_to(district):
        units[unit.name] = unit
        if unit.short_name:
            units[unit.short_name] = unit
    return units


def _fill_intro(section, unit, user):
    """Set the section's intro if it is still empty, and publish it; True if it was set."""
    if section.intro:
        return False
    section.intro = fill(data.articles()["news_section_intro"], {"unit": in_sentence(unit.name)})
    publish(section, user)
    return True


def _create_article(demo, section, item, contributing_unit, image):
    """`image(name)`: the demo image `name` in the collection of the site's unit."""
    published_at = resolve_datetime(item["published"], demo.today)
    values = {"year": published_at.year}
    source = item.get("source", {})
    article = ArticlePage(
        title=item["title"],
        slug=ascii_slug(item["title"]),
        kind=item["kind"],
        summary=fill(item["summary"], values),
        body=body_stream(item["body"], values, image),
        author=item["author"],
        contributing_unit=contributing_unit,
        featured=item.get("featured", False),
        featured_image=image(item["image"]) if "image" in item else None,
        source_name=source.get("name", ""),
        source_url=source.get("url", ""),
        source_permission=fill(source.get("permission", ""), values),
        published_at=published_at,
        owner=demo.admin,
    )
    article.tags.add(*item["tags"])
    section.add_child(instance=article)
    # The demo's news is spread over the past year.
    publish(article, demo.admin, published_at, also=("published_at",))
    return article.pk


def _reindex(article_ids):
    """Index the articles again with their backdated publication dates, in one bulk call per backend."""
    articles = list(ArticlePage.objects.filter(pk__in=article_ids))
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(ArticlePage, articles)
