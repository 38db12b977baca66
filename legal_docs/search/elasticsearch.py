"""The citizen search on Elasticsearch: one request carrying the words, the filters, the sort and
every facet count, built here as a plain dict (tested without a server) and sent with the client of
Wagtail's Elasticsearch backend to the index Wagtail keeps for pages.

The words are matched against the folded `search_text` field with every word required, the same
rule as the database search; the index's analyzers fold diacritics as well (settings
ELASTICSEARCH_INDEX_SETTINGS). Statuses depend on today's date, so they are conditions on the
dates rather than a stored value.
"""

from wagtail.search import index

from ..models.documents import EffectStatus
from .dimensions import (
    ChoiceDimension,
    DocumentTypeDimension,
    FieldDimension,
    IssuingBodyDimension,
    SiteDimension,
    StatusDimension,
    YearDimension,
)
from .engine import SearchResults, page_bounds, pages_in_order

MATCH_NONE = {"bool": {"must_not": [{"match_all": {}}]}}
TERMS_SIZE = 200
DERIVED_STATUSES = (EffectStatus.NOT_YET_IN_FORCE, EffectStatus.EXPIRED, EffectStatus.IN_FORCE)
# Elasticsearch's name for each dimension's field, when it differs from the model field counted.
ES_FIELD_NAMES = {"fields": "field_ids"}


class Columns:
    """Field names in the Elasticsearch documents of one page model, as Wagtail's mapping writes them."""

    def __init__(self, backend, model):
        self.mapping = backend.mapping_class(model)
        self.model = model

    def filter(self, name):
        name = {"site_id": "site", "doc_type_id": "doc_type", "field_id": "field"}.get(name, name)
        return self.mapping.get_field_column_name(index.FilterField(name))

    def text(self, name):
        return self.mapping.get_field_column_name(index.SearchField(name))

    @property
    def content_type(self):
        return self.mapping.get_content_type()


def _term(column, value):
    return {"term": {column: value}}


def status_condition(status, today, columns):
    """The Elasticsearch form of legal_docs.models.status_condition."""
    by_hand = _term(columns.filter("status_override"), status)
    if status not in DERIVED_STATUSES:
        return by_hand
    today = today.isoformat()
    effective, issued = columns.filter("effective_date"), columns.filter("issued_date")
    not_yet = {
        "bool": {
            "should": [
                {"range": {effective: {"gt": today}}},
                {
                    "bool": {
                        "must_not": [{"exists": {"field": effective}}],
                        "filter": [{"range": {issued: {"gt": today}}}],
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }
    expired = {"range": {columns.filter("expiry_date"): {"lte": today}}}
    derived = {
        EffectStatus.NOT_YET_IN_FORCE: not_yet,
        EffectStatus.EXPIRED: {"bool": {"filter": [expired], "must_not": [not_yet]}},
        EffectStatus.IN_FORCE: {"bool": {"must_not": [not_yet, expired]}},
    }[status]
    return {
        "bool": {
            "should": [by_hand, {"bool": {"filter": [_term(columns.filter("status_override"), ""), derived]}}],
            "minimum_should_match": 1,
        }
    }


def dimension_column(dimension, columns):
    return columns.filter(ES_FIELD_NAMES.get(dimension.field_name, dimension.field_name))


def filter_condition(dimension, value, search, columns):
    """The Elasticsearch filter for one dimension's value (no results for a value that names nothing)."""
    column = dimension_column(dimension, columns)
    if isinstance(dimension, DocumentTypeDimension):
        type_id = search.lists.document_type_ids.get(value)
        return _term(column, type_id) if type_id else MATCH_NONE
    if isinstance(dimension, FieldDimension):
        field_id = search.lists.field_ids.get(value)
        return _term(column, field_id) if field_id else MATCH_NONE
    if isinstance(dimension, SiteDimension):
        site = search.scope.site_by_hostname(value.lower())
        return _term(column, site.id) if site else MATCH_NONE
    if isinstance(dimension, YearDimension):
        if not (value.isdigit() and 1 <= int(value) <= 9999):
            return MATCH_NONE
        return {"range": {column: {"gte": f"{int(value):04d}-01-01", "lte": f"{int(value):04d}-12-31"}}}
    if isinstance(dimension, StatusDimension):
        return status_condition(value, search.today, columns) if value in EffectStatus.values else MATCH_NONE
    if isinstance(dimension, ChoiceDimension):
        return _term(column, value) if value in dimension.choices.values else MATCH_NONE
    if isinstance(dimension, IssuingBodyDimension):
        return _term(column, value)
    raise ValueError(f"Unknown dimension {dimension.param}")


def aggregation(dimension, search, columns):
    column = dimension_column(dimension, columns)
    if isinstance(dimension, YearDimension):
        return {"date_histogram": {"field": column, "calendar_interval": "year", "format": "yyyy", "min_doc_count": 1}}
    if isinstance(dimension, StatusDimension):
        conditions = {status.value: status_condition(status, search.today, columns) for status in EffectStatus}
        return {"filters": {"filters": conditions}}
    return {"terms": {"field": column, "size": TERMS_SIZE}}


def query_body(search, columns, start, size):
    """The whole search request: query, sort, page and aggregations."""
    params = search.params
    filters = [
        {"match": {"_django_content_type": columns.content_type}},
        _term(columns.filter("live"), True),
        {"terms": {columns.filter("site"): search.scope.site_ids}},
    ]
    for param, value in params.filters.items():
        filters.append(filter_condition(search.dimension(param), value, search, columns))

    search_text = columns.text("search_text")
    if params.terms:
        must = [{"match": {search_text: {"query": params.phrase, "operator": "and"}}}]
        should = [{"match_phrase": {search_text: {"query": params.phrase, "boost": 1}}}]
        if search.kind.number_column:
            number = columns.filter(search.kind.number_column)
            should += [
                {"term": {number: {"value": params.phrase, "boost": 4}}},
                {"prefix": {number: {"value": f"{params.phrase} ", "boost": 2}}},
            ]
        query = {"bool": {"must": must, "should": should, "filter": filters}}
    else:
        query = {"bool": {"filter": filters}}

    newest = [
        {columns.filter(name.lstrip("-")): "desc" if name.startswith("-") else "asc"}
        for name in search.kind.newest_first
        if name.lstrip("-") != "pk"
    ]
    sort = ["_score", *newest] if params.ranks_by_relevance else newest
    return {
        "query": query,
        "sort": sort,
        "from": start,
        "size": size,
        "track_total_hits": True,
        "_source": False,
        "stored_fields": ["pk"],
        "aggs": {dimension.param: aggregation(dimension, search, columns) for dimension in search.kind.dimensions},
    }


def _bucket_key(dimension, bucket):
    if isinstance(dimension, YearDimension):
        return int(bucket["key_as_string"])
    key = bucket["key"]
    if isinstance(dimension, (DocumentTypeDimension, FieldDimension, SiteDimension)):
        return int(key)
    return key


def facet_counts(dimension, aggregation_result):
    buckets = aggregation_result["buckets"]
    if isinstance(buckets, dict):  # a "filters" aggregation: one named bucket per status
        return {name: bucket["doc_count"] for name, bucket in buckets.items()}
    return {_bucket_key(dimension, bucket): bucket["doc_count"] for bucket in buckets}


def send(backend, model, body):
    index_name = backend.get_index_for_model(model).name
    request = {("from_" if key == "from" else key): value for key, value in body.items()}
    return backend.es.search(index=index_name, **request)


def elasticsearch_search(backend, search, per_page, clamp):
    columns = Columns(backend, search.kind.model)
    page, _num_pages, start = page_bounds(search.params.page, 0, per_page, clamp=False)
    response = send(backend, search.kind.model, query_body(search, columns, start, per_page))
    total = response["hits"]["total"]["value"]
    page, num_pages, clamped_start = page_bounds(search.params.page, total, per_page, clamp)
    if clamped_start != start:
        response = send(backend, search.kind.model, query_body(search, columns, clamped_start, per_page))
    ids = [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
    facets = []
    for dimension in search.kind.dimensions:
        counts = facet_counts(dimension, response["aggregations"][dimension.param])
        facet = dimension.facet(counts, search)
        if facet.options:
            facets.append(facet)
    return SearchResults(
        items=pages_in_order(search.kind, ids),
        total_count=total,
        page=page,
        num_pages=num_pages,
        facets=facets,
        backend="elasticsearch",
    )
