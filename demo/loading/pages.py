"""The plain pages of every demo site: home page welcome, section intros, Giới thiệu and Liên hệ pages.

Pages are found by slug under their section, and texts an editor has since filled in are left alone.
"""

from datetime import timedelta

from django.utils.html import escape

from home.models import ContentPage

from . import data
from .helpers import at, fill, in_sentence, list_html, paragraphs_html, placeholders, publish, quote_block

# Plain pages are backdated this far, below the demo's news (dated over the past 14 reporting months) in listings.
STATIC_PAGE_AGE = timedelta(days=500)


def fill_sites(demo, communes):
    """Fill the district's and each commune's pages; `communes` is [(unit, spec)] as provisioned."""
    units = data.units()
    texts = data.pages()
    district = units["district"]
    _fill_site(demo, demo.district, district["welcome"], district["pages"], district["contact"])
    for unit, commune in communes:
        label = in_sentence(unit.name)
        welcome = [fill(text, {"unit": label, "note": commune["welcome_note"]}) for text in texts["commune_welcome"]]
        pages = {"gioi-thieu": [_about_page(label, commune["about"])]}
        _fill_site(demo, unit, welcome, pages, commune["contact"])


def stream_data(blocks, values):
    """Raw StreamField data for ContentPage.body from the [block, value] pairs of the data files."""
    stream = []
    for block, value in blocks:
        if block == "heading":
            stream.append({"type": "heading", "value": fill(value, values)})
        elif block == "paragraph":
            stream.append({"type": "paragraph", "value": paragraphs_html([fill(value, values)])})
        elif block == "list":
            # An item whose field is blank (a commune without fax) is left out.
            items = [fill(item, values) for item in value if all(values.get(key) for key in placeholders(item))]
            stream.append({"type": "paragraph", "value": f"<ul>{list_html(items)}</ul>"})
        elif block == "quote":
            stream.append(quote_block(value, values))
        elif block == "source":
            stream.append({"type": "paragraph", "value": f"<p><i>{escape(value)}</i></p>"})
        else:
            raise ValueError(f"Unknown demo block type: {block}")
    return stream


def _fill_site(demo, unit, welcome, pages_by_section, contact):
    texts = data.pages()
    label = in_sentence(unit.name)
    home = unit.site.root_page.specific
    _fill_text(demo, unit, home, "welcome", paragraphs_html(welcome))

    sections = {section.slug: section for section in home.get_children().specific()}
    for slug, intro in texts["section_intros"].items():
        if slug in sections:
            _fill_text(demo, unit, sections[slug], "intro", paragraphs_html([fill(intro, {"unit": label})]))

    contact_values = {**contact, "unit": label, "email": unit.official_email, "fax": contact.get("fax", "")}
    pages_by_section = {**pages_by_section, "lien-he": [{**texts["contact_page"], "values": contact_values}]}

    published_at = at(demo.today - STATIC_PAGE_AGE, 8)
    for slug, specs in pages_by_section.items():
        section = sections[slug]
        for spec in specs:
            # The first page listed is the newest, so sections list them in the order given.
            published_at -= timedelta(minutes=10)
            _ensure_page(demo, section, spec, published_at, spec.get("values", {}))


def _about_page(label, facts):
    about = data.pages()["commune_about_page"]
    body = []
    for key, heading in about["headings"]:
        body += [("heading", heading), ("paragraph", facts[key])]
    return {
        "slug": about["slug"],
        "title": about["title"],
        "summary": fill(about["summary"], {"unit": label}),
        "body": body,
    }


def _fill_text(demo, unit, page, field_name, html):
    """Set a page's rich text field if it is still empty, and publish it."""
    if getattr(page, field_name):
        return
    setattr(page, field_name, html)
    publish(page, demo.admin)
    demo.report.note(unit, [f"điền nội dung trang “{page.title}”"])


def _ensure_page(demo, section, spec, published_at, values):
    if section.get_children().filter(slug=spec["slug"]).exists():
        return
    page = ContentPage(
        title=fill(spec["title"], values),
        slug=spec["slug"],
        summary=fill(spec["summary"], values),
        body=stream_data(spec["body"], values),
        owner=demo.admin,
    )
    section.add_child(instance=page)
    publish(page, demo.admin, published_at)
