"""Pieces the compliance admin views and exports share."""

from django.db.models import Case, IntegerField, Value, When

from ..models import SEVERITY_RANK, Finding
from ..report import page_urls
from ..rules import RULES, rule_title


def rule_codes():
    """Every known rule: those in code, then any others findings still carry."""
    codes = list(RULES)
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


def page_addresses(findings):
    """{page id: public address} of the findings' pages, the site roots read once."""
    return {page_id: url or "" for page_id, url in page_urls(f.page_id for f in findings if f.page_id).items()}
