"""The site search box: articles of the current site only, found without diacritics."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from wagtail.models import Site

from cms.search import database_backend_name, with_database_fallback
from cms.text import folded_words

from .models import ArticlePage

RESULTS_PER_PAGE = 15
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12


def search_terms(query):
    """The folded words of a visitor's query; punctuation and search operators are dropped."""
    return folded_words((query or "")[:MAX_QUERY_CHARS])[:MAX_QUERY_TERMS]


def search_articles(site, terms):
    """Live articles of `site` whose folded text holds every term, best match first."""
    articles = ArticlePage.objects.live().in_site(site)
    query = " ".join(terms)

    def on_elasticsearch(backend):
        results = articles.search(query, operator="and", backend="default")
        results.count()  # asks the server now, so an unreachable one falls back here, not mid-render
        return results

    def on_database():
        return articles.search(query, operator="and", backend=database_backend_name())

    return with_database_fallback(on_elasticsearch, on_database, what="tìm tin bài")


def site_search(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("Không có trang thông tin nào ở địa chỉ này.")
    query = request.GET.get("q", "").strip()
    terms = search_terms(query)
    results = None
    if terms:
        results = Paginator(search_articles(site, terms), RESULTS_PER_PAGE).get_page(request.GET.get("trang"))
    return render(
        request,
        "articles/search_results.html",
        {"query": query[:MAX_QUERY_CHARS], "terms": terms, "results": results},
    )
