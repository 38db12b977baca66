"""Which authority a report is about, from a portal's host name or from the user asking."""

from sites.models import PARENT_KINDS, Unit


class AuthorityError(LookupError):
    """No authority by that name; the message is for the user."""


def authority_for_host(hostname):
    hostname = (hostname or "").strip().lower()
    unit = Unit.objects.select_related("site", "parent").filter(site__hostname=hostname).first()
    if unit is None:
        raise AuthorityError(f"Không có cổng thông tin nào có tên miền “{hostname}”.")
    if unit.kind not in PARENT_KINDS:
        raise AuthorityError(
            f"{unit.name} không phải đơn vị chủ quản: báo cáo lập cho cổng của "
            f"{unit.parent.name if unit.parent_id else 'đơn vị cấp trên'}"
            + (f" ({unit.parent.site.hostname})." if unit.parent_id and unit.parent.site_id else ".")
        )
    return unit
