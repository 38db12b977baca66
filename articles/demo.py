"""The demo district's news: published articles in the news section of each of its sites.

`load_demo_news` receives `cms.signals.demo_district_loaded`, so `manage.py load_demo` creates
the articles inside its own transaction (connected by importing `articles.receivers`). Articles
are found again by the slug of their title: a second run creates nothing, and an article an
editor has since changed or unpublished is left as it is.
"""

import re
from datetime import date, datetime, time

from django.conf import settings
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Revision
from wagtail.search.backends import get_search_backends

from cms.signals import demo_district_loaded
from cms.text import ascii_slug
from sites.models import Unit
from sites.provisioning import ProvisioningError

from . import demo_data as data
from .models import ArticlePage, NewsIndexPage

NEWS_SECTION_SLUG = next(section["slug"] for section in settings.PORTAL_STANDARD_SECTIONS if section.get("news"))
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@receiver(demo_district_loaded, dispatch_uid="articles.demo.load_demo_news")
def load_demo_news(sender, district, report, today, user, **kwargs):
    """Fill each site's news section intro and add the demo articles it is missing."""
    contributors = _contributing_units(district)
    created = []
    for unit in [district, *Unit.objects.filter(parent=district).with_sites()]:
        section = news_section(unit)
        if _fill_intro(section, unit, user) and not report.is_new(unit):
            report.add_update(f"{unit.name}: điền giới thiệu chuyên mục “{section.title}”")
        items = data.DISTRICT_NEWS if unit == district else data.COMMUNE_NEWS.get(unit.name, [])
        existing = set(section.get_children().values_list("slug", flat=True))
        for item in items:
            if ascii_slug(item["title"]) not in existing:
                credited = contributors[item["unit"]] if "unit" in item else unit
                created.append(_create_article(section, item, credited, today, user))
    if created:
        _reindex(created)
    report.add_created(len(created), "tin bài")


def news_section(unit):
    """The site's "Tin tức – Sự kiện" section, which provisioning creates as a news section page."""
    section = unit.site.root_page.get_children().filter(slug=NEWS_SECTION_SLUG).specific().first()
    if not isinstance(section, NewsIndexPage):
        raise ProvisioningError(
            f"Trang {unit.site.hostname} không có chuyên mục tin “{NEWS_SECTION_SLUG}” kiểu chuyên mục tin bài "
            "nên không nạp được tin mẫu. Chạy migrate rồi thử lại, hoặc nạp dữ liệu mẫu trên cơ sở dữ liệu mới."
        )
    return section


def most_recent(month, day, today):
    """The latest (month, day) strictly before `today`."""
    candidate = date(today.year, month, day)
    return candidate if candidate < today else date(today.year - 1, month, day)


def in_sentence(name):
    """“Xã Tân Hà” → “xã Tân Hà”, as the name reads inside a sentence."""
    return name[:1].lower() + name[1:]


def fill(text, values):
    return PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def body_stream(blocks, values):
    """Raw `ArticlePage.body` data from the (block, value) pairs of `demo_data`."""
    stream = []
    for block, value in blocks:
        if block == "paragraph":
            stream.append({"type": "paragraph", "value": f"<p>{escape(fill(value, values))}</p>"})
        elif block == "heading":
            stream.append({"type": "paragraph", "value": f"<h2>{escape(fill(value, values))}</h2>"})
        elif block == "list":
            items = "".join(f"<li>{escape(fill(item, values))}</li>" for item in value)
            stream.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        elif block == "quote":
            text, attribution = value
            stream.append(
                {"type": "quote", "value": {"text": fill(text, values), "attribution": fill(attribution, values)}}
            )
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
    section.intro = data.NEWS_SECTION_INTRO.format(unit=in_sentence(unit.name))
    section.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    return True


def _create_article(section, item, contributing_unit, today, user):
    day = most_recent(*item["date"], today)
    published_at = timezone.make_aware(datetime.combine(day, time(*item["time"])))
    values = {"year": day.year}
    source = item.get("source", {})
    article = ArticlePage(
        title=item["title"],
        slug=ascii_slug(item["title"]),
        kind=item["kind"],
        summary=fill(item["summary"], values),
        body=body_stream(item["body"], values),
        author=item["author"],
        contributing_unit=contributing_unit,
        featured=item.get("featured", False),
        source_name=source.get("name", ""),
        source_url=source.get("url", ""),
        source_permission=fill(source.get("permission", ""), values),
        published_at=published_at,
        owner=user,
    )
    article.tags.add(*item["tags"])
    section.add_child(instance=article)
    # An initial data load publishes directly, not through the review workflow.
    revision = article.save_revision(user=user)
    revision.publish(user=user, skip_permission_checks=True)
    # Publishing stamps "now"; the demo's news is spread over the past year.
    ArticlePage.objects.filter(pk=article.pk).update(
        published_at=published_at,
        first_published_at=published_at,
        last_published_at=published_at,
        latest_revision_created_at=published_at,
    )
    Revision.objects.filter(pk=revision.pk).update(created_at=published_at)
    return article.pk


def _reindex(article_ids):
    """Index the articles again with their backdated publication dates, in one bulk call per backend."""
    articles = list(ArticlePage.objects.filter(pk__in=article_ids))
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(ArticlePage, articles)
