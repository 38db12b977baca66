"""Pieces the compliance admin views and exports share."""

from django.db.models import Case, IntegerField, Value, When

from ..models import SEVERITY_RANK, Finding


def _rules():
    """The rule registry from `compliance.rules` (code → rule with a Vietnamese `title`), if present."""
    try:
        from .. import rules
    except ImportError:
        return {}
    registry = getattr(rules, "RULES", {})
    if isinstance(registry, dict):
        return registry
    return {rule.code: rule for rule in registry}


def rule_title(code):
    return getattr(_rules().get(code), "title", None) or code


def rule_codes():
    """Every known rule: those in code, then any others findings still carry."""
    codes = list(_rules())
    stored = Finding.objects.order_by().values_list("rule", flat=True).distinct()
    return codes + sorted(set(stored) - set(codes))


def rule_choices():
    return [(code, rule_title(code)) for code in rule_codes()]


def severity_rank():
    """An expression ranking severities (high = 3) for ordering: the field itself is text."""
    return Case(
        *(When(severity=value, then=Value(rank)) for value, rank in SEVERITY_RANK.items()),
        default=Value(0),
        output_field=IntegerField(),
    )


def order_by_severity(queryset):
    return queryset.annotate(severity_rank=severity_rank()).order_by(
        "-severity_rank", "site__site_name", "site__hostname", "rule", "pk"
    )


def object_label(finding):
    """What the finding is about, in words: a page title, an image, a site link."""
    if finding.page_id and finding.page is not None:
        return finding.page.title
    kind = finding.get_object_kind_display()
    return f"{kind} #{finding.object_id}" if finding.object_id else kind


def page_address(finding):
    """The public address of the finding's page (empty when it has none)."""
    page = finding.page if finding.page_id else None
    if page is None:
        return ""
    return page.full_url or ""
