"""The one set of helpers every part of the demo loader uses: placeholders, dates, bodies, publishing."""

import re
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Revision

from sites.models import Unit
from sites.provisioning import ProvisioningError

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# "--MM-DD", optionally "Thh:mm" and/or " -PnY"; "-PnD"; "+PnD"; "YYYY-MM-DD" (see demo/data/README.md).
RECENT = re.compile(r"^--(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?(?: -P(\d+)Y)?$")
DAYS = re.compile(r"^([+-])P(\d+)D$")


def in_sentence(name):
    """“Xã Tân Hà” → “xã Tân Hà”, as the name reads inside a sentence."""
    return name[:1].lower() + name[1:]


def fill(text, values):
    return PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def placeholders(text):
    return PLACEHOLDER.findall(text)


def paragraphs_html(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def list_html(items):
    return "".join(f"<li>{escape(item)}</li>" for item in items)


def quote_block(value, values):
    """A quote block from a [text, attribution] pair of the data files."""
    text, attribution = value
    return {"type": "quote", "value": {"text": fill(text, values), "attribution": fill(attribution, values)}}


def most_recent(month, day, today):
    """The latest (month, day) strictly before `today`."""
    candidate = date(today.year, month, day)
    return candidate if candidate < today else date(today.year - 1, month, day)


def resolve_date(when, today, issued=None):
    """A date of the demo data in its ISO 8601 notation; None stays None."""
    if when is None:
        return None
    recent = RECENT.match(when)
    if recent:
        month, day, _hour, _minute, years_back = recent.groups()
        found = most_recent(int(month), int(day), today)
        return found.replace(year=found.year - int(years_back or 0))
    days = DAYS.match(when)
    if days:
        sign, count = days.groups()
        if sign == "-":
            return today - timedelta(days=int(count))
        if issued is None:
            raise ValueError(f"Demo date {when!r} counts from an issue date, and there is none")
        return issued + timedelta(days=int(count))
    return date.fromisoformat(when)


def resolve_datetime(when, today):
    """An aware datetime from a "--MM-DDThh:mm" date of the demo data."""
    recent = RECENT.match(when)
    if not recent or recent.group(3) is None:
        raise ValueError(f"Demo date {when!r} has no time of day")
    return at(resolve_date(when, today), int(recent.group(3)), int(recent.group(4)))


def at(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def publish(page, user, when=None, also=()):
    """Publish directly (an initial data load does not go through review), dated `when` if given.

    Publishing stamps "now"; demo content is backdated so that listings read as on a portal in use.
    `also` names further columns set to the same moment (an article's own `published_at`).
    """
    revision = page.save_revision(user=user)
    revision.publish(user=user, skip_permission_checks=True)
    if when is not None:
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=when,
            last_published_at=when,
            latest_revision_created_at=when,
            **dict.fromkeys(also, when),
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=when)
    return revision


def find_section(unit, model, slug, missing):
    """The site's standard section `slug` of type `model`, which provisioning creates."""
    section = model.objects.child_of(unit.site.root_page).filter(slug=slug).first()
    if section is None:
        raise ProvisioningError(
            f"Trang {unit.site.hostname} không có chuyên mục “{slug}” kiểu {model._meta.verbose_name} nên không nạp "
            f"được {missing}. Chạy migrate rồi thử lại, hoặc nạp dữ liệu mẫu trên cơ sở dữ liệu mới."
        )
    return section


def section_slug(model):
    """The slug provisioning gives the standard section of type `model`."""
    label = f"{model._meta.app_label}.{model.__name__}"
    return next(section["slug"] for section in settings.PORTAL_STANDARD_SECTIONS if section["model"] == label)


def units_with_portals(spec):
    """`(unit, items)` for each unit named in `spec` (`{unit name: items}`) that has a portal, in
    the spec's order (one query)."""
    units = {unit.name: unit for unit in Unit.objects.filter(name__in=list(spec)).select_related("site__root_page")}
    for name, items in spec.items():
        unit = units.get(name)
        if unit is not None and unit.site is not None:
            yield unit, items
