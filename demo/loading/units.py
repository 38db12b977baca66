"""The demo's units, sites, footer settings and accounts, through the provisioning and membership services."""

from django.conf import settings
from django.contrib.auth import get_user_model

from sites.membership import add_member
from sites.models import SiteContactSettings, UnitKind
from sites.provisioning import provision_unit

from . import data
from .helpers import fill, in_sentence


def ensure_superuser():
    """The demo superuser; an existing account of that name is left exactly as its owner set it."""
    units = data.units()
    username = next(user["username"] for user in units["users"] if user["role"] == data.SUPERUSER)
    user_model = get_user_model()
    admin = user_model.objects.filter(username=username).first()
    if admin is None:
        admin = user_model.objects.create_superuser(
            username, f"{username}@{units['user_mail_domain']}", units["demo_password"]
        )
    return admin


def ensure_units(report):
    """Provision the district, its departments and communes; returns (district, [(commune, spec), ...])."""
    units = data.units()
    district = _ensure_site_unit(report, units["district"])
    _ensure_contact(report, district, units["district"]["contact"])
    for department in units["departments"]:
        email = f"{department['mailbox']}@{units['mail_domain']}"
        _ensure_department(report, district, department["name"], department["short_name"], email)
    communes = []
    for spec in units["communes"]:
        unit = _ensure_site_unit(report, spec, parent=district)
        owner = fill(units["commune_copyright_owner"], {"unit": in_sentence(unit.name)})
        _ensure_contact(report, unit, {**spec["contact"], "copyright_owner": owner})
        communes.append((unit, spec))
    return district, communes


def ensure_members(report):
    units = data.units()
    user_model = get_user_model()
    for demo_user in units["users"]:
        if demo_user["role"] == data.SUPERUSER:
            continue
        username = demo_user["username"]
        existed = user_model.objects.filter(username=username).exists()
        _user, changes = add_member(
            username,
            demo_user["host"],
            demo_user["role"],
            email=f"{username}@{units['user_mail_domain']}",
            password=units["demo_password"],
        )
        if existed:
            for change in changes:
                report.add_update(f"{username}: {change}")


def _ensure_site_unit(report, spec, parent=None):
    hostname = spec["hostname"] if parent is None else f"{spec['slug']}.{parent.site.hostname}"
    result = provision_unit(
        spec["kind"],
        spec["name"],
        hostname=hostname,
        parent_hostname=parent.site.hostname if parent else None,
        email=spec["email"],
        trusted=spec.get("trusted", False),
        port=settings.DEMO_SITE_PORT,
    )
    if result.created:
        report.new_unit_ids.add(result.unit.pk)
    report.note(result.unit, result.changes)
    return result.unit


def _ensure_department(report, district, name, short_name, email):
    result = provision_unit(UnitKind.DEPARTMENT, name, parent_hostname=district.site.hostname, email=email)
    unit = result.unit
    if result.created:
        report.new_unit_ids.add(unit.pk)
    changes = list(result.changes)
    if unit.short_name != short_name:
        unit.short_name = short_name
        unit.save(update_fields=["short_name"])
        changes.append(f"tên viết tắt {short_name}")
    report.note(unit, changes)


def _ensure_contact(report, unit, values):
    values = {**values, "email": unit.official_email}
    contact = SiteContactSettings.for_site(unit.site)
    changed = [name for name, value in values.items() if getattr(contact, name) != value]
    if changed:
        for name in changed:
            setattr(contact, name, values[name])
        contact.save(update_fields=changed)
        report.note(unit, ["thông tin liên hệ ở chân trang"])
