"""The citizen search over documents and procedures, answered from the database.

Every text condition is a whole-word match on the folded `search_text` column and every filter a
plain column condition, so SQLite and PostgreSQL return the same rows in the same order. On
PostgreSQL the words of a document search are looked up in the words index (migration 0007,
`words_index_condition`), which selects the same rows as the whole-word match. Ranking is
`cms.folded_search.relevance`, the one the site search box uses, plus the number or code typed in
full or its beginning; among documents that rank the same, those in force come first, then the
newest.

Facet counts always add up to what the filters return. Without words, a document listing counts
from the counts stored per site (summary.py); with words, the matching rows are read once with
the value of each facet and counted here (`read_once`; a document's fields from the copy of
their ids on its row); otherwise one GROUP BY over the results (plus one for a many-to-many
field) counts them.
"""

import gc
import heapq
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection, connections
from django.db.models import Case, Count, F, Func, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Cast
from django.utils import timezone

from cms.folded_search import relevance as folded_relevance
from cms.folded_search import words_condition

from ..models.documents import DocumentCategory, EffectStatus, LegalDocumentPage, status_condition
from ..models.procedures import ProcedureLevel, ProcedurePage
from .dimensions import (
    STATUS_COLUMNS,
    ChoiceDimension,
    DocumentTypeDimension,
    FieldDimension,
    IssuingBodyDimension,
    ReferenceLists,
    SiteDimension,
    StatusDimension,
    YearDimension,
    status_values,
)
from .params import SORT_DATE, SORT_NAME, SORT_RELEVANCE, read_params
from .summary import summary_counts

RESULTS_PER_PAGE = 20
# Above every text score of cms.folded_search: a number typed in full names one document.
NUMBER_TYPED = 64
NUMBER_BEGINNING = 24
# Up to this many matches of words, the rows are read once and counted here (read_once), their ids
# staying well under SQLite's limit of variables in one statement (32,766).
READ_ONCE_MAX = 10000


@dataclass(frozen=True)
class SearchKind:
    name: str
    model: type
    dimensions: tuple
    sorts: tuple
    newest_first: tuple
    # The folded column holding the number (documents) or code (procedures), if any.
    number_column: str = ""

    @property
    def filter_params(self):
        return [dimension.param for dimension in self.dimensions]


DOCUMENTS = SearchKind(
    name="documents",
    model=LegalDocumentPage,
    dimensions=(
        DocumentTypeDimension(),
        IssuingBodyDimension(),
        FieldDimension("fields", many=True, copy_column="field_ids_copy"),
        YearDimension(),
        StatusDimension(),
        ChoiceDimension("category", "Nhóm văn bản", "category", DocumentCategory),
        SiteDimension(),
    ),
    sorts=(SORT_RELEVANCE, SORT_DATE),
    newest_first=("-issued_date", "-pk"),
    number_column="number_folded",
)
PROCEDURES = SearchKind(
    name="procedures",
    model=ProcedurePage,
    dimensions=(
        FieldDimension("field_id", many=False),
        ChoiceDimension("level", "Cấp thực hiện", "level", ProcedureLevel),
        SiteDimension(),
    ),
    sorts=(SORT_RELEVANCE, SORT_NAME),
    newest_first=("title", "pk"),
)


@dataclass
class Search:
    """One search: what was asked, where, and on which day (statuses depend on it)."""

    kind: SearchKind
    params: object
    scope: object
    today: object = field(default_factory=timezone.localdate)
    lists: ReferenceLists = field(default_factory=ReferenceLists)

    @classmethod
    def from_query_dict(cls, kind, query_dict, scope):
        return cls(kind=kind, params=read_params(query_dict, kind.filter_params, kind.sorts), scope=scope)

    def dimension(self, param):
        return next(dimension for dimension in self.kind.dimensions if dimension.param == param)


@dataclass
class SearchResults:
    items: list
    total_count: int
    page: int
    num_pages: int
    facets: list
    backend: str = "database"

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages


def page_bounds(page, total_count, per_page, clamp):
    """(page, num_pages, start); past the end, `clamp` shows the last page, else an empty one."""
    num_pages = max(1, -(-total_count // per_page))
    if clamp:
        page = min(page, num_pages)
    return page, num_pages, (page - 1) * per_page


class FoldedWords(Func):
    """The words of the folded text as PostgreSQL's index `legal_doc_search_words` holds them
    (migration 0007 writes the same expression)."""

    template = "string_to_array(btrim(%(expressions)s), ' ')"

    @property
    def output_field(self):
        from django.contrib.postgres.fields import ArrayField

        return ArrayField(TextField())


def words_index_condition(search):
    """On PostgreSQL, the documents whose words include every term, looked up in the words index;
    None elsewhere (and for procedures, which have no such index).

    The folded text is the words with one space between and around them (cms.folded_search
    `padded_fold`, the only writer), so "`term` is one of its words" and the whole-word match
    `search_text LIKE '% term %'` select the same rows: SQLite, which reads every row's text
    with the LIKE, returns what PostgreSQL finds in the index. Not both on PostgreSQL: with the
    LIKE there, the planner also reads the trigram index and checks the LIKE on every row found.
    """
    if search.kind.model is not LegalDocumentPage or connection.vendor != "postgresql":
        return None
    from django.contrib.postgres.fields.array import ArrayContains

    return Q(ArrayContains(FoldedWords("search_text"), sorted(set(search.params.terms))))


def text_condition(search):
    if not search.params.terms:
        return Q()
    indexed = words_index_condition(search)
    return indexed if indexed is not None else words_condition(search.params.terms)


def filter_condition(search, skip=None):
    condition = Q()
    for param, value in search.params.filters.items():
        if param != skip:
            condition &= search.dimension(param).condition(value, search)
    return condition


def matching(search):
    """Live pages of the scope that hold every term and pass every filter: conditions on the
    page type's own table only (its copy of `live`, its site), so no join with wagtailcore_page."""
    queryset = search.kind.model.objects.searchable().filter(site_id__in=search.scope.site_ids)
    return queryset.filter(text_condition(search) & filter_condition(search))


def relevance(search):
    phrase = search.params.phrase
    column = search.kind.number_column
    if column:
        extra = [
            (Q(**{column: phrase}), NUMBER_TYPED),
            (Q(**{f"{column}__startswith": f"{phrase} "}), NUMBER_BEGINNING),
        ]
    else:  # a procedure's folded text starts with its code
        extra = [(Q(search_text__startswith=f" {phrase} "), NUMBER_TYPED)]
    return folded_relevance(search.params.terms, extra)


def in_force(search):
    """1 for a document in force today, else 0 (procedures have no validity: always 1)."""
    if search.kind.model is not LegalDocumentPage:
        return Value(1, output_field=IntegerField())
    return Case(
        When(status_condition(EffectStatus.IN_FORCE, search.today), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )


def ordered(search, queryset):
    if search.params.ranks_by_relevance:
        ranked = queryset.annotate(relevance=relevance(search), in_force=in_force(search))
        return ranked.order_by("-relevance", "-in_force", *search.kind.newest_first)
    return queryset.order_by(*search.kind.newest_first)


def count_facets(search, queryset):
    """(total, facets): one GROUP BY over every single-valued dimension, one per many-valued one."""
    single = [dimension for dimension in search.kind.dimensions if not dimension.many]
    aliases = {dimension.param: f"facet_{index}" for index, dimension in enumerate(single)}
    grouped = (
        queryset.annotate(**{aliases[d.param]: d.group_expression(search) for d in single})
        .values(*aliases.values())
        .annotate(count=Count("pk"))
        .order_by()
    )
    counts = {dimension.param: Counter() for dimension in search.kind.dimensions}
    total = 0
    for row in grouped:
        total += row["count"]
        for dimension in single:
            counts[dimension.param][row[aliases[dimension.param]]] += row["count"]
    for dimension in search.kind.dimensions:
        if dimension.many:
            rows = queryset.values(dimension.field_name).annotate(count=Count("pk")).order_by()
            counts[dimension.param] = Counter({row[dimension.field_name]: row["count"] for row in rows})
    return total, facets_from_counts(search, counts)


def facets_from_counts(search, counts):
    """The facets that offer something, from {param: Counter of grouped values}."""
    facets = [dimension.facet(counts[dimension.param], search) for dimension in search.kind.dimensions]
    return [facet for facet in facets if facet.options]


def database_search(search, per_page=RESULTS_PER_PAGE, clamp=True, with_facets=True):
    stored = summary_counts(search)
    if stored is not None:  # no words: the counts kept per site (summary.py), the documents not counted
        total, counts = stored
        facets = facets_from_counts(search, counts) if with_facets else []
        page, num_pages, start = page_bounds(search.params.page, total, per_page, clamp)
        items = result_pages(search, matching(search), start, per_page) if total else []
        return SearchResults(items=items, total_count=total, page=page, num_pages=num_pages, facets=facets)
    if search.params.terms:
        answer = words_search(search, per_page, clamp, with_facets)
        if answer is not None:
            return answer
    queryset = matching(search)
    total, facets = count_facets(search, queryset) if with_facets else (queryset.count(), [])
    page, num_pages, start = page_bounds(search.params.page, total, per_page, clamp)
    items = result_pages(search, queryset, start, per_page) if total else []
    return SearchResults(items=items, total_count=total, page=page, num_pages=num_pages, facets=facets)


def words_search(search, per_page, clamp, with_facets):
    """With words typed: the answer counted on the matching rows alone, or None to count with
    the GROUP BY of `count_facets` (too many rows to read once)."""
    if search.kind.model is LegalDocumentPage and connection.vendor == "postgresql":
        return counted_in_database(search, per_page, clamp, with_facets)
    return read_once(search, per_page, clamp, with_facets)


def counted_in_database(search, per_page, clamp, with_facets):
    """Documents on PostgreSQL: one statement reads the matching rows once (a materialised CTE)
    and answers with the page's ranked ids, every single-valued facet's counts (GROUPING SETS,
    each dimension's `group_expression`), the total and the field counts (the ids copied on the
    row), about a hundred rows in all instead of every matching row (`read_once`, which SQLite
    uses): the same counts and order, since the grouping and ordering expressions are those of
    `count_facets` and `ordered`."""
    kind = search.kind
    single = [dimension for dimension in kind.dimensions if not dimension.many] if with_facets else []
    copied = [dimension for dimension in kind.dimensions if dimension.many] if with_facets else []
    ranked = search.params.ranks_by_relevance
    columns = {"row_pk": F("pk")}
    order = []
    if ranked:
        columns.update(row_relevance=relevance(search), row_in_force=in_force(search))
        order += ["row_relevance DESC", "row_in_force DESC"]
    else:
        columns["row_relevance"] = Value(None, output_field=IntegerField())
    for index, term in enumerate(kind.newest_first):
        columns[f"order_{index}"] = F(term.lstrip("-"))
        order.append(f"order_{index} {'DESC' if term.startswith('-') else 'ASC'}")
    facets = {f"facet_{index}": dimension for index, dimension in enumerate(single)}
    columns.update({name: dimension.group_expression(search) for name, dimension in facets.items()})
    copies = {f"copy_{index}": dimension for index, dimension in enumerate(copied)}
    columns.update({name: F(dimension.copy_column) for name, dimension in copies.items()})
    rows = matching(search).annotate(**columns).values(*columns).order_by()
    try:
        rows_sql, rows_params = rows.query.get_compiler(rows.db).as_sql()
    except EmptyResultSet:  # a filter value that names nothing (dimensions.NOTHING)
        rows_sql = None

    def run(limit):
        if rows_sql is None:
            return []
        order_by = ", ".join(order)
        # Each many-valued field is grouped by its text of ids ("3 12"): a few distinct values,
        # split and added up here, cheaper than unnesting every row's ids in the database.
        names = [*facets, *copies]
        grouping = f"GROUPING({', '.join(names)})" if names else "0"
        value = f"COALESCE({', '.join(f'{name}::text' for name in names)})" if names else "NULL"
        grouped_by = f" GROUP BY GROUPING SETS ({''.join(f'({name}), ' for name in names)}())" if names else ""
        statement = (
            f"WITH m AS MATERIALIZED ({rows_sql}) "
            f"(SELECT 0, row_number() OVER (ORDER BY {order_by}), row_pk::text, row_relevance::bigint FROM "
            f"(SELECT * FROM m ORDER BY {order_by} LIMIT %s) AS shown) UNION ALL "
            f"(SELECT 1, {grouping}, {value}, count(*) FROM m{grouped_by})"
        )
        with connections[rows.db].cursor() as cursor:
            cursor.execute(statement, (*rows_params, limit))
            return cursor.fetchall()

    requested_start = (search.params.page - 1) * per_page
    answer = run(requested_start + per_page)
    grouped = [*facets.values(), *copies.values()]
    every_set = (1 << len(grouped)) - 1  # GROUPING() of the empty set: the total
    by_mask = {every_set ^ (1 << (len(grouped) - 1 - index)): dimension for index, dimension in enumerate(grouped)}
    counts = {dimension.param: Counter() for dimension in kind.dimensions}
    total = 0
    for part, key, value, count in answer:
        if part != 1:
            continue
        if key == every_set:
            total = count
            continue
        dimension = by_mask[key]
        if dimension.many:
            for item in (value or "").split():
                counts[dimension.param][dimension.value_type(item)] += count
        else:
            counts[dimension.param][None if value is None else dimension.value_type(value)] += count
    page, num_pages, start = page_bounds(search.params.page, total, per_page, clamp)
    if start != requested_start:  # past the end: the last page instead
        answer = run(start + per_page)
    shown = sorted((key, int(value), score) for part, key, value, score in answer if part == 0)[start:]
    items = pages_in_order(kind, [pk for _rank, pk, _score in shown])
    if ranked:  # by id: a page deleted since the rows were read is simply missing from `items`
        scores = {pk: score for _rank, pk, score in shown}
        for item in items:
            item.relevance = scores[item.pk]
    facets_shown = facets_from_counts(search, counts) if with_facets else []
    return SearchResults(items=items, total_count=total, page=page, num_pages=num_pages, facets=facets_shown)


def read_once(search, per_page, clamp, with_facets):
    """With words typed, every matching row read once with the columns its facets group by: the
    counts are added up and the page taken here, so the match (the words index on PostgreSQL, a
    scan of the folded text on SQLite) and the reading of the rows run once, not again for the
    counts and the ranking. Only the relevance is computed in the database (it reads the folded
    text); documents are also ordered here (their order is numbers and dates, the same in Python
    as in SQL), procedures by the database (titles, in its collation). None when more than
    READ_ONCE_MAX rows match: those are counted in the database."""
    kind = search.kind
    single = [dimension for dimension in kind.dimensions if not dimension.many] if with_facets else []
    ordered_here = kind.model is LegalDocumentPage
    names = ["pk", *ORDER_COLUMNS] if ordered_here else ["pk"]
    for dimension in single:
        names += [column for column in dimension.columns if column not in names]
    copied = [d for d in kind.dimensions if d.many and getattr(d, "copy_column", "")] if with_facets else []
    names += [dimension.copy_column for dimension in copied]
    score = ["relevance"] if search.params.ranks_by_relevance else []
    if ordered_here:
        rows_read = matching(search).annotate(relevance=relevance(search)) if score else matching(search)
        rows_read = rows_read.order_by()
    else:
        rows_read = ordered(search, matching(search))
    names += score
    with gc_paused():
        rows = driver_rows(rows_read, names, READ_ONCE_MAX + 1)
        if len(rows) > READ_ONCE_MAX:
            return None
        columns = dict(zip(names, zip(*rows, strict=True) if rows else [()] * len(names), strict=True))
        del rows
        counts = {dimension.param: Counter() for dimension in kind.dimensions}
        for dimension in single:
            counts[dimension.param] = dimension.counts(columns, search)
        total = len(columns["pk"])
        page, num_pages, start = page_bounds(search.params.page, total, per_page, clamp)
        if ordered_here:  # the keys start with the relevance when ranked and end with the pk
            keys = heapq.nlargest(start + per_page, document_order_keys(search, columns))
            shown = [(key[-1], key[0]) for key in keys][start:]
        else:
            relevances = columns.get("relevance") or [None] * total
            shown = [(columns["pk"][index], relevances[index]) for index in range(start, min(start + per_page, total))]
        if with_facets and total:
            for dimension in kind.dimensions:
                if dimension in copied:
                    counts[dimension.param] = dimension.copy_counts(columns)
                elif dimension.many:
                    counts[dimension.param] = many_valued_counts(kind.model, dimension.field_name, list(columns["pk"]))
        del columns
    items = pages_in_order(kind, [pk for pk, _relevance in shown])
    if score:  # by id: a page deleted since the rows were read is simply missing from `items`
        scores = dict(shown)
        for item in items:
            item.relevance = scores[item.pk]
    facets = facets_from_counts(search, counts) if with_facets else []
    return SearchResults(items=items, total_count=total, page=page, num_pages=num_pages, facets=facets)


# Read as ISO text ("2024-05-01", as SQLite stores them and PostgreSQL writes them; psycopg2 reads
# dates only in that DateStyle too), which compares and sorts as the dates do: cheaper than a
# Python date for each of thousands of rows.
TEXT_DATES = ("issued_date", "effective_date", "expiry_date")


def driver_rows(queryset, names, limit):
    """Up to `limit` rows of `names` (model fields or annotations of `queryset`) as the database
    driver returns them, skipping Django's per-row iteration and converters: every column read is
    an integer or text (dates as text, TEXT_DATES), the same on SQLite and PostgreSQL."""
    read = [f"{name}_text" if name in TEXT_DATES else name for name in names]
    queryset = queryset.annotate(
        **{f"{name}_text": Cast(name, TextField()) for name in names if name in TEXT_DATES}
    ).values_list(*read)[:limit]
    try:
        sql, params = queryset.query.get_compiler(queryset.db).as_sql()
    except EmptyResultSet:  # a filter value that names nothing (dimensions.NOTHING)
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@contextmanager
def gc_paused():
    """The cyclic garbage collector paused while thousands of rows are read and counted: they are
    tuples freed by reference counting, and would otherwise set off a dozen collections (each
    walking the process's young objects, now and then all of them) in one search."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# What a document's place in the results depends on besides its relevance: in force (its status
# columns) and newest_first.
ORDER_COLUMNS = STATUS_COLUMNS


def document_order_keys(search, columns):
    """Each row's key, in row order, that sorts documents descending as `ordered` does in SQL:
    relevance (when ranked), then in force today, then `-issued_date`, `-pk` (the key ends with
    the pk, so no two keys are equal)."""
    pks, issued = columns["pk"], columns["issued_date"]
    if not search.params.ranks_by_relevance:
        return list(zip(issued, pks, strict=True))
    statuses = status_values(columns, search.today)
    in_force_value = EffectStatus.IN_FORCE.value
    # As in_force(): in force by hand, or no status set by hand and in force by the dates (a value
    # set by hand that is no status counts as in force in the facet, not here).
    in_force_now = [
        status == in_force_value and override in ("", in_force_value)
        for status, override in zip(statuses, columns["status_override"], strict=True)
    ]
    return list(zip(columns["relevance"], in_force_now, issued, pks, strict=True))


def many_valued_counts(model, field_name, ids):
    """{related id: how many of the rows `ids` have it} for a many-to-many field, from its link table alone."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    if connection.vendor == "postgresql":
        # One array parameter written as text: Django prepares each member of an IN list on its
        # own, and a Python list is sent as ARRAY[…] with every member adapted and parsed, which
        # for thousands of ids costs more than the query.
        column = f"{connection.ops.quote_name(through._meta.db_table)}.{connection.ops.quote_name(source)}"
        id_array = "{" + ",".join(map(str, ids)) + "}"  # ids read from the database: integers
        links = through.objects.extra(where=[f"{column} = ANY(%s::integer[])"], params=[id_array])
    else:
        links = through.objects.filter(**{f"{source}__in": ids})
    rows = links.values_list(target).annotate(count=Count("pk")).order_by()
    return Counter(dict(rows))


def result_pages(search, queryset, start, per_page):
    """One page of results, ranked and ordered on the page type's table alone; the pages
    themselves (with Wagtail's columns) are read afterwards for these few ids only, each with
    its `relevance` when ranked (the site search merges results by it)."""
    ordered_rows = ordered(search, queryset)
    if search.params.ranks_by_relevance:
        scores = dict(ordered_rows.values_list("pk", "relevance")[start : start + per_page])
    else:
        scores = dict.fromkeys(ordered_rows.values_list("pk", flat=True)[start : start + per_page])
    pages = pages_in_order(search.kind, list(scores))
    if search.params.ranks_by_relevance:
        for page in pages:
            page.relevance = scores[page.pk]
    return pages


def with_related(kind, queryset):
    # A document's fields are shown by the API only, which reads them for its page of results.
    if kind.model is LegalDocumentPage:
        return queryset.select_related("doc_type").prefetch_related("files")
    return queryset.select_related("field")


def pages_in_order(kind, ids):
    """The pages with these ids, in this order (for results ranked elsewhere)."""
    pages = with_related(kind, kind.model.objects.filter(pk__in=ids)).in_bulk()
    return [pages[pk] for pk in ids if pk in pages]
