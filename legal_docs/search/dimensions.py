"""The filters a search offers, each also a facet: how a value filters, how results are counted.

A value that names nothing (an unknown type, a year that is not a number) filters to no results
rather than being ignored, so what the address says is what the page shows.
"""

import datetime
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, Q
from django.db.models.functions import ExtractYear

from cms.cache import current_generation, database_tag

from ..models.common import LegalDocumentType, LegalField
from ..models.documents import EffectStatus, status_condition, status_expression

NOTHING = Q(pk__in=[])


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    param: str
    label: str
    options: list

    @property
    def selected(self):
        return next((option for option in self.options if option.selected), None)


class Dimension:
    param = ""
    label = ""
    field_name = ""  # the model field filtered and counted (also the Elasticsearch filter field)
    many = False  # several values per result (a many-to-many field): counted in a query of its own
    value_type = str  # of the grouped values (engine.counted_in_database reads them as text)

    def condition(self, value, search):
        raise NotImplementedError

    def group_expression(self, search):
        return F(self.field_name)

    @property
    def columns(self):
        """The columns `counts` reads (engine.read_once reads them with the matching rows)."""
        return (self.field_name,)

    def counts(self, columns, search):
        """{grouped value (the value of `group_expression`): rows} from {column: values of the
        rows} as engine.read_once reads them (integers and text, dates as ISO text)."""
        return Counter(columns[self.field_name])

    def options(self, counts, search):
        """Facet options from {grouped value: count}."""
        raise NotImplementedError

    def facet(self, counts, search):
        selected = search.params.filters.get(self.param)
        options = [
            Option(option.value, option.label, option.count, option.value == selected)
            for option in self.options(counts, search)
            if option.count
        ]
        return Facet(self.param, self.label, options)


class ChoiceDimension(Dimension):
    def __init__(self, param, label, field_name, choices):
        self.param, self.label, self.field_name, self.choices = param, label, field_name, choices

    def condition(self, value, search):
        return Q(**{self.field_name: value}) if value in self.choices.values else NOTHING

    def options(self, counts, search):
        return [Option(choice.value, choice.label, counts.get(choice.value, 0)) for choice in self.choices]


class DocumentTypeDimension(Dimension):
    param, label, field_name = "doc_type", "Loại văn bản", "doc_type_id"
    value_type = int

    def condition(self, value, search):
        type_id = search.lists.document_type_ids.get(value)
        return Q(doc_type_id=type_id) if type_id else NOTHING

    def options(self, counts, search):
        return [Option(item.slug, item.name, counts.get(item.pk, 0)) for item in search.lists.document_types]


class FieldDimension(Dimension):
    param, label = "field", "Lĩnh vực"
    value_type = int

    def __init__(self, field_name, many, copy_column=""):
        # copy_column: a many-valued field's ids kept on the row (LegalDocumentPage.field_ids_copy),
        # which engine.read_once reads with the matching rows and counts with `copy_counts`.
        self.field_name, self.many, self.copy_column = field_name, many, copy_column

    def copy_counts(self, columns):
        """{field id: how many rows have it} from the rows' `copy_column` (space-separated ids)."""
        counted = Counter(chain.from_iterable(map(str.split, columns[self.copy_column])))
        return Counter({int(value): count for value, count in counted.items()})

    def condition(self, value, search):
        field_id = search.lists.field_ids.get(value)
        return Q(**{self.field_name: field_id}) if field_id else NOTHING

    def options(self, counts, search):
        options = [Option(item.slug, item.name, counts.get(item.pk, 0)) for item in search.lists.fields]
        return sorted(options, key=lambda option: -option.count)


class IssuingBodyDimension(Dimension):
    param, label, field_name = "issuing_body", "Cơ quan ban hành", "issuing_body"

    def condition(self, value, search):
        return Q(issuing_body=value)

    def options(self, counts, search):
        return sorted(
            (Option(body, body, count) for body, count in counts.items() if body),
            key=lambda option: (-option.count, option.label),
        )


class YearDimension(Dimension):
    param, label, field_name = "year", "Năm ban hành", "issued_date"
    value_type = int

    def condition(self, value, search):
        if not (value.isdigit() and 1 <= int(value) <= 9999):
            return NOTHING
        year = int(value)
        return Q(issued_date__gte=datetime.date(year, 1, 1), issued_date__lte=datetime.date(year, 12, 31))

    def group_expression(self, search):
        return ExtractYear("issued_date")

    def counts(self, columns, search):
        by_year = Counter(map(itemgetter(slice(0, 4)), columns["issued_date"]))  # ISO text: "2024-05-01"
        return Counter({int(year): count for year, count in by_year.items()})

    def options(self, counts, search):
        return [Option(str(year), str(year), count) for year, count in sorted(counts.items(), reverse=True) if year]


STATUS_COLUMNS = ("status_override", "issued_date", "effective_date", "expiry_date")


def status_values(columns, today):
    """Each row's status on `today` as `status_expression` computes it in the database, from
    {column: values of the rows} of STATUS_COLUMNS (dates as ISO text): the status set by hand (a
    value that is no status counts as in force), else the one the dates give (`derived_status`'s
    rule). Kept in `columns` under "status" for the next caller (the facet and the ranking both
    need it)."""
    if "status" in columns:
        return columns["status"]
    today = today.isoformat()
    known = set(EffectStatus.values)
    in_force = EffectStatus.IN_FORCE.value
    not_yet, expired = EffectStatus.NOT_YET_IN_FORCE.value, EffectStatus.EXPIRED.value
    # One comprehension rather than a function per row: thousands of rows per search.
    columns["status"] = [
        (override if override in known else in_force)
        if override
        else not_yet
        if (effective_date or issued_date) > today
        else expired
        if expiry_date is not None and expiry_date <= today
        else in_force
        for override, issued_date, effective_date, expiry_date in zip(
            *(columns[name] for name in STATUS_COLUMNS), strict=True
        )
    ]
    return columns["status"]


class StatusDimension(Dimension):
    param, label, field_name = "status", "Tình trạng hiệu lực", "status_override"

    def condition(self, value, search):
        return status_condition(value, search.today) if value in EffectStatus.values else NOTHING

    columns = STATUS_COLUMNS

    def group_expression(self, search):
        return status_expression(search.today)

    def counts(self, columns, search):
        return Counter(status_values(columns, search.today))

    def options(self, counts, search):
        return [Option(status.value, status.label, counts.get(status.value, 0)) for status in EffectStatus]


class SiteDimension(Dimension):
    param, label, field_name = "site", "Trang", "site_id"
    value_type = int

    def condition(self, value, search):
        site = search.scope.site_by_hostname(value.lower())
        return Q(site_id=site.id) if site else NOTHING

    def options(self, counts, search):
        return [Option(site.hostname, site.name, counts.get(site.id, 0)) for site in search.scope.sites]

    def facet(self, counts, search):
        facet = super().facet(counts, search)
        return facet if search.scope.spans_several_sites else Facet(self.param, self.label, [])


REFERENCE_LISTS = "legal-reference-lists"


def read_reference_lists():
    """(document types, fields): kept SEARCH_CACHE_SECONDS under their own generation, which
    saving or deleting a type or a field starts again (search/cache.py connects it)."""
    seconds = getattr(settings, "SEARCH_CACHE_SECONDS", 0)
    key = f"{REFERENCE_LISTS}:{database_tag()}:{current_generation(REFERENCE_LISTS)}" if seconds else None
    lists = cache.get(key) if key else None
    if lists is None:
        lists = (list(LegalDocumentType.objects.all()), list(LegalField.objects.all()))
        if key:
            cache.set(key, lists, seconds)
    return lists


class ReferenceLists:
    """The editable lists, read once per search."""

    def __init__(self):
        self.document_types, self.fields = read_reference_lists()
        self.document_type_ids = {item.slug: item.pk for item in self.document_types}
        self.field_ids = {item.slug: item.pk for item in self.fields}
