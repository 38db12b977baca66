"""The document listing without words counted from each site's stored counts, not from its documents.

The listing a citizen first sees (`/van-ban/`, newest first, every facet) counts every live
document of the authority's sites, which on a province with 100,000 documents reads the whole
document table on every cold request. Each site's counts per filter value are kept instead in
`FacetCount` (legal_docs/models/summary.py), made from the documents the first time they are
read after a change and kept until the next one:

- every change to a site's documents (publishing, unpublishing, saving, moving, deleting; see
  cache.py) gives the site a new version (`mark_changed`), an import every site;
- a search reads the versions of its sites; those counted from another version (or never) are
  counted again first, under a lock of the site's state row, so that two requests do not count
  twice and a change committed meanwhile is never marked as counted (`current_sites`).

Statuses follow today's date: what is stored are the statuses set by hand and, for the others,
the start and expiry dates that were still ahead on the day of counting (earlier ones can no
longer change the status), and the status is derived when read, by `derived_status`. A search
for a day before the counting day (tests do that) counts from the documents.

Searches with words or with filters other than the site count from the documents as before
(engine.py); their counts are the same, which the tests check on both databases.
"""

import datetime
import uuid
from collections import Counter

from django.db import transaction
from django.db.models import Sum

from ..models.documents import EffectStatus, LegalDocumentPage, derived_status
from ..models.summary import FacetCount, FacetSummaryState

# Stored as `expires_on` for a document already expired on the day of counting.
EXPIRED_BEFORE = datetime.date.min
# The dimensions whose grouped value is an id or a year (stored as text).
NUMBER_DIMENSIONS = {"doc_type", "field", "year", "site"}
# The filters such a search may have: the site narrows the sites whose counts are added up.
SUMMARY_FILTERS = {"site"}


def new_version():
    return uuid.uuid4().hex


def mark_changed(site_ids=None):
    """The documents of these sites (None: of any site, as after an import) changed."""
    if site_ids is None:
        FacetSummaryState.objects.update(version=new_version())
        return
    site_ids = sorted({site_id for site_id in site_ids if site_id})
    if site_ids:
        version = new_version()
        FacetSummaryState.objects.bulk_create(
            [FacetSummaryState(site_id=site_id, version=version) for site_id in site_ids],
            update_conflicts=True,
            update_fields=["version"],
            unique_fields=["site"],
        )


def document_counts(site_id, today):
    """{(dimension, value, starts_on, expires_on): count} of the site's live documents."""
    counts = Counter()
    rows = LegalDocumentPage.objects.searchable().filter(site_id=site_id).order_by()
    columns = ("doc_type_id", "issuing_body", "issued_date", "category", "status_override")
    for doc_type_id, issuing_body, issued_date, category, override, effective_date, expiry_date in rows.values_list(
        *columns, "effective_date", "expiry_date"
    ):
        for dimension, value in (
            ("doc_type", doc_type_id),
            ("issuing_body", issuing_body),
            ("year", issued_date.year),
            ("category", category),
            ("site", site_id),
        ):
            counts[(dimension, str(value), None, None)] += 1
        counts[("status", *status_parts(override, issued_date, effective_date, expiry_date, today))] += 1
    through = LegalDocumentPage.fields.through
    field_rows = through.objects.filter(
        legaldocumentpage__site_id=site_id, legaldocumentpage__search_live=True
    ).values_list("legalfield_id", flat=True)
    for field_id in field_rows.order_by():
        counts[("field", str(field_id), None, None)] += 1
    return counts


def status_parts(override, issued_date, effective_date, expiry_date, today):
    """(value, starts_on, expires_on) of the status row: what can still change it after `today`."""
    if override:
        return override, None, None
    starts = effective_date or issued_date
    expires = expiry_date
    if expires and expires <= today:
        expires = EXPIRED_BEFORE
    return "", starts if starts and starts > today else None, expires


def stored_status(override, starts_on, expires_on, today):
    """The status a status row stands for on `today` (the rule of status_expression in the database)."""
    if override:
        return override if override in EffectStatus.values else EffectStatus.IN_FORCE.value
    return derived_status(starts_on, None, expires_on, today).value


def count_site(site_id, today):
    with transaction.atomic():
        FacetSummaryState.objects.bulk_create(
            [FacetSummaryState(site_id=site_id, version=new_version())], ignore_conflicts=True
        )
        state = FacetSummaryState.objects.select_for_update().get(site_id=site_id)
        if state.counted_version == state.version and state.counted_on <= today:
            return  # counted by another request while this one waited
        counts = document_counts(site_id, today)
        FacetCount.objects.filter(site_id=site_id).delete()
        FacetCount.objects.bulk_create(
            FacetCount(site_id=site_id, dimension=key[0], value=key[1], starts_on=key[2], expires_on=key[3], count=n)
            for key, n in counts.items()
        )
        state.counted_version, state.counted_on = state.version, today
        state.save(update_fields=["counted_version", "counted_on"])


def current_sites(site_ids, today):
    """Make the counts of these sites current; False when some were counted after `today`."""
    states = {state.site_id: state for state in FacetSummaryState.objects.filter(site_id__in=site_ids)}
    if any(state.counted_on and state.counted_on > today for state in states.values()):
        return False
    for site_id in site_ids:
        state = states.get(site_id)
        if state is None or state.counted_version != state.version or state.counted_on is None:
            count_site(site_id, today)
    return True


def summary_site_ids(search):
    """The sites whose counts answer `search`, or None when it must count from the documents."""
    params = search.params
    if search.kind.model is not LegalDocumentPage or params.terms or set(params.filters) - SUMMARY_FILTERS:
        return None
    if "site" not in params.filters:
        return search.scope.site_ids
    site = search.scope.site_by_hostname(params.filters["site"].lower())
    return [site.id] if site else None  # a site outside the scope: nothing, counted as such by the engine


def summary_counts(search):
    """(total, {param: Counter}) from the stored counts, or None when they cannot answer `search`."""
    site_ids = summary_site_ids(search)
    if site_ids is None or not current_sites(site_ids, search.today):
        return None
    counts = {dimension.param: Counter() for dimension in search.kind.dimensions}
    rows = (
        FacetCount.objects.filter(site_id__in=site_ids)
        .values_list("dimension", "value", "starts_on", "expires_on")
        .annotate(total=Sum("count"))
        .order_by()
    )
    for dimension, value, starts_on, expires_on, count in rows:
        if dimension == "status":
            value = stored_status(value, starts_on, expires_on, search.today)
        elif dimension in NUMBER_DIMENSIONS:
            value = int(value)
        counts[dimension][value] += count
    return sum(counts["site"].values()), counts
