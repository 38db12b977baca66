"""Load the demo district: huyện Hàm Tân with its communes, departments, users and content.

Called by `manage.py load_demo` and by the tests. Units, sites, groups and workflows come
from the provisioning service; this module adds the footer settings, the demo accounts
and the plain pages (Giới thiệu, Hỏi đáp, Liên hệ). Content of other apps (the news) is
added by receivers of `cms.signals.demo_district_loaded`, sent inside the same transaction
once all of that exists. Running it again adds only what is missing: pages are found by
slug under their section, and texts an editor has since filled in are left alone, while
footer settings, short names and memberships are brought back to the demo values.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Page, Revision, Site

from cms.signals import demo_district_loaded
from sites.membership import add_member
from sites.models import SiteContactSettings, Unit, UnitKind
from sites.provisioning import provision_unit

from . import demo_data as data
from .models import ContentPage

NO_CHANGE_MESSAGE = "Không có thay đổi: dữ liệu mẫu đã được nạp đầy đủ."

# Demo accounts share a published password, so the demo only belongs on an install that
# answers on loopback names and reserved test domains alone.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]", "testserver"})
LOCAL_DOMAINS = (".localhost", ".test")

# Plain pages are backdated this far, below the demo's news (dated over the past year) in listings.
STATIC_PAGE_AGE = timedelta(days=400)
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def is_local_install():
    if not settings.ALLOWED_HOSTS:
        return settings.DEBUG
    return all(_is_local_host(host) for host in settings.ALLOWED_HOSTS)


def _is_local_host(host):
    return host in LOCAL_HOSTS or f".{host.lstrip('.')}".endswith(LOCAL_DOMAINS)


@dataclass
class DemoReport:
    """What one run of the loader changed. Receivers of `demo_district_loaded` add their own counts."""

    sites: int = 0
    units: int = 0
    pages: int = 0
    users: int = 0
    # (count, label) pairs reported by receivers, e.g. (35, "tin bài")
    created: list = field(default_factory=list)
    updates: list = field(default_factory=list)
    new_unit_ids: set = field(default_factory=set)

    def add_created(self, count, label):
        if count:
            self.created.append((count, label))

    def add_update(self, text):
        self.updates.append(text)

    def is_new(self, unit):
        """Whether this run created `unit`: filling in a new unit's pages is part of creating it, not an update."""
        return unit.pk in self.new_unit_ids

    @property
    def changed(self):
        return bool(self.sites or self.units or self.pages or self.users or self.created or self.updates)

    def summary(self):
        if not self.changed:
            return NO_CHANGE_MESSAGE
        counts = [
            (self.sites, "trang thông tin điện tử"),
            (self.units, "đơn vị"),
            (self.pages, "trang (trang chủ, chuyên mục, trang nội dung)"),
            (self.users, "tài khoản"),
            *self.created,
        ]
        created = [f"{count} {label}" for count, label in counts if count]
        parts = [f"tạo {', '.join(created)}"] if created else []
        if self.updates:
            parts.append(f"cập nhật {len(self.updates)} mục đã có")
        return f"Đã nạp dữ liệu mẫu huyện Hàm Tân: {'; '.join(parts)}."


def load_demo_district(today=None):
    """Create or complete the demo; returns a `DemoReport` of what changed."""
    report = DemoReport()
    with transaction.atomic():
        before = _counts()
        loader = _Loader(today or timezone.localdate(), report)
        loader.run()
        after = _counts()
        report.sites = after["sites"] - before["sites"]
        report.units = after["units"] - before["units"]
        report.pages = after["pages"] - before["pages"]
        report.users = after["users"] - before["users"]
        # Counted before the receivers run: they report what they create themselves, under their own label.
        demo_district_loaded.send(
            sender=DemoReport, district=loader.district, report=report, today=loader.today, user=loader.admin
        )
    return report


def _counts():
    return {
        "sites": Site.objects.count(),
        "units": Unit.objects.count(),
        "pages": Page.objects.count(),
        "users": get_user_model().objects.count(),
    }


def in_sentence(name):
    """“Xã Tân Hà” → “xã Tân Hà”, as the name reads inside a sentence."""
    return name[:1].lower() + name[1:]


def fill(text, **values):
    return PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def _fields(text):
    return PLACEHOLDER.findall(text)


def paragraphs_html(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def stream_data(blocks, **values):
    """Raw StreamField data for ContentPage.body from the (block, value) pairs of demo_data."""
    stream = []
    for block, value in blocks:
        if block == "heading":
            stream.append({"type": "heading", "value": fill(value, **values)})
        elif block == "paragraph":
            stream.append({"type": "paragraph", "value": paragraphs_html([fill(value, **values)])})
        elif block == "list":
            items = [fill(item, **values) for item in value if all(values.get(key) for key in _fields(item))]
            html = "".join(f"<li>{escape(item)}</li>" for item in items)
            stream.append({"type": "paragraph", "value": f"<ul>{html}</ul>"})
        elif block == "quote":
            text, attribution = value
            stream.append(
                {"type": "quote", "value": {"text": fill(text, **values), "attribution": fill(attribution, **values)}}
            )
        elif block == "source":
            stream.append({"type": "paragraph", "value": f"<p><i>{escape(value)}</i></p>"})
        else:
            raise ValueError(f"Unknown demo block type: {block}")
    return stream


class _Loader:
    def __init__(self, today, report):
        self.today = today
        self.report = report
        self.port = settings.DEMO_SITE_PORT
        self.admin = None
        self.district = None

    def run(self):
        self.admin = self._ensure_superuser()
        self.district = district = self._ensure_site_unit(data.DISTRICT)
        self._ensure_contact(district, data.DISTRICT["contact"])
        for name, short_name, mailbox in data.DEPARTMENTS:
            self._ensure_department(district, name, short_name, f"{mailbox}@{data.MAIL_DOMAIN}")

        communes = []
        for commune in data.COMMUNES:
            unit = self._ensure_site_unit(commune, parent=district)
            owner = fill(data.COMMUNE_COPYRIGHT_OWNER, unit=in_sentence(unit.name))
            self._ensure_contact(unit, {**commune["contact"], "copyright_owner": owner})
            communes.append((unit, commune))

        self._ensure_members()

        self._fill_site(district, data.DISTRICT["welcome"], data.DISTRICT["pages"], data.DISTRICT["contact"])
        for unit, commune in communes:
            label = in_sentence(unit.name)
            welcome = [fill(text, unit=label, note=commune["welcome_note"]) for text in data.COMMUNE_WELCOME]
            pages = {"gioi-thieu": [self._about_page(label, commune["about"])]}
            self._fill_site(unit, welcome, pages, commune["contact"])

    def _note(self, unit, changes):
        """Record changes to what existed before this run; a new unit's set-up is not an update."""
        if not self.report.is_new(unit):
            for change in changes:
                self.report.add_update(f"{unit.name}: {change}")

    # Units, settings and people

    def _ensure_superuser(self):
        username = next(user.username for user in data.DEMO_USERS if user.role == data.SUPERUSER)
        user_model = get_user_model()
        admin = user_model.objects.filter(username=username).first()
        if admin is None:
            # An existing account of that name is left exactly as its owner set it.
            admin = user_model.objects.create_superuser(
                username, f"{username}@{data.DEMO_USER_MAIL_DOMAIN}", data.DEMO_PASSWORD
            )
        return admin

    def _ensure_site_unit(self, spec, parent=None):
        hostname = spec["hostname"] if parent is None else f"{spec['slug']}.{parent.site.hostname}"
        result = provision_unit(
            spec["kind"],
            spec["name"],
            hostname=hostname,
            parent_hostname=parent.site.hostname if parent else None,
            email=spec["email"],
            trusted=spec.get("trusted", False),
            port=self.port,
        )
        if result.created:
            self.report.new_unit_ids.add(result.unit.pk)
        self._note(result.unit, result.changes)
        return result.unit

    def _ensure_department(self, district, name, short_name, email):
        result = provision_unit(UnitKind.DEPARTMENT, name, parent_hostname=district.site.hostname, email=email)
        unit = result.unit
        if result.created:
            self.report.new_unit_ids.add(unit.pk)
        changes = list(result.changes)
        if unit.short_name != short_name:
            unit.short_name = short_name
            unit.save(update_fields=["short_name"])
            changes.append(f"tên viết tắt {short_name}")
        self._note(unit, changes)

    def _ensure_contact(self, unit, values):
        values = {**values, "email": unit.official_email}
        contact = SiteContactSettings.for_site(unit.site)
        changed = [name for name, value in values.items() if getattr(contact, name) != value]
        if changed:
            for name in changed:
                setattr(contact, name, values[name])
            contact.save(update_fields=changed)
            self._note(unit, ["thông tin liên hệ ở chân trang"])

    def _ensure_members(self):
        user_model = get_user_model()
        for demo_user in data.DEMO_USERS:
            if demo_user.role == data.SUPERUSER:
                continue
            existed = user_model.objects.filter(username=demo_user.username).exists()
            _user, changes = add_member(
                demo_user.username,
                demo_user.host,
                demo_user.role,
                email=f"{demo_user.username}@{data.DEMO_USER_MAIL_DOMAIN}",
                password=data.DEMO_PASSWORD,
            )
            if existed:
                for change in changes:
                    self.report.add_update(f"{demo_user.username}: {change}")

    # Pages

    def _fill_site(self, unit, welcome, pages_by_section, contact):
        label = in_sentence(unit.name)
        home = unit.site.root_page.specific
        self._fill_text(unit, home, "welcome", paragraphs_html(welcome))

        sections = {section.slug: section for section in home.get_children().specific()}
        for slug, intro in data.SECTION_INTROS.items():
            if slug in sections:
                self._fill_text(unit, sections[slug], "intro", paragraphs_html([fill(intro, unit=label)]))

        contact_values = {**contact, "unit": label, "email": unit.official_email, "fax": contact.get("fax", "")}
        pages_by_section = {**pages_by_section, "lien-he": [{**data.CONTACT_PAGE, "values": contact_values}]}

        published_at = self._static_page_time()
        for slug, specs in pages_by_section.items():
            section = sections[slug]
            for spec in specs:
                # The first page listed is the newest, so sections list them in the order given.
                published_at -= timedelta(minutes=10)
                self._ensure_page(section, spec, published_at, spec.get("values", {}))

    def _about_page(self, label, facts):
        body = []
        for key, heading in data.COMMUNE_ABOUT_PAGE["headings"]:
            body += [("heading", heading), ("paragraph", facts[key])]
        return {
            "slug": data.COMMUNE_ABOUT_PAGE["slug"],
            "title": data.COMMUNE_ABOUT_PAGE["title"],
            "summary": fill(data.COMMUNE_ABOUT_PAGE["summary"], unit=label),
            "body": body,
        }

    def _fill_text(self, unit, page, field_name, html):
        """Set a page's rich text field if it is still empty, and publish it."""
        if getattr(page, field_name):
            return
        setattr(page, field_name, html)
        self._publish(page)
        self._note(unit, [f"điền nội dung trang “{page.title}”"])

    def _ensure_page(self, section, spec, published_at, values):
        if section.get_children().filter(slug=spec["slug"]).exists():
            return
        page = ContentPage(
            title=fill(spec["title"], **values),
            slug=spec["slug"],
            summary=fill(spec["summary"], **values),
            body=stream_data(spec["body"], **values),
            owner=self.admin,
        )
        section.add_child(instance=page)
        revision = self._publish(page)
        # Publishing stamps "now"; plain pages are backdated to list below the news.
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at, latest_revision_created_at=published_at
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=published_at)

    def _publish(self, page):
        """Publish directly: an initial data load does not go through the review workflow."""
        revision = page.save_revision(user=self.admin)
        revision.publish(user=self.admin, skip_permission_checks=True)
        return revision

    def _static_page_time(self):
        return self._at(self.today - STATIC_PAGE_AGE, time(8, 0))

    @staticmethod
    def _at(day, at_time):
        return timezone.make_aware(datetime.combine(day, at_time))
