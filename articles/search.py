"""News in the site search box (registered in wagtail_hooks.py): live articles of the scope's sites."""

from cms.site_search import SearchHit, SiteSearchKind, ranked

from .models import ArticlePage


def search_articles(search, page, per_page):
    articles = ArticlePage.objects.live().filter(search.scope.pages_condition())
    total, found = ranked(articles, search.terms, ("-published_at", "-pk"), page, per_page)
    site_names = search.scope.site_names_for(found)
    return total, [
        SearchHit(
            title=article.title,
            url=article.get_url(search.request),
            score=article.relevance,
            site_name=site_names.get(article.pk, ""),
            date=article.published_at,
            summary=article.summary,
            details=[article.get_kind_display()],
        )
        for article in found
    ]


def article_search_kind():
    return SiteSearchKind(key="tin-bai", label="Tin bài", order=40, search=search_articles)
