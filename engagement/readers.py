"""Who is reading: people, not search engines, link-preview fetchers or admin previews.

Bots are told by crawlerdetect (the patterns of the maintained Crawler-Detect list, ~1,500 of
them), plus what that list leaves to us: an empty user agent is a bot. Cốc Cốc's crawler
(coccocbot) is in the list; its browser, "coc_coc_browser", is a reader.
"""

from crawlerdetect import CrawlerDetect

_detector = CrawlerDetect()


def is_bot(user_agent):
    user_agent = (user_agent or "").strip()
    # is_crawler's answer is all we read (not its per-instance `matches`), so one instance serves all threads.
    return not user_agent or _detector.is_crawler(user_agent)


def is_page_request(request):
    """A GET of the public site, not an admin preview (a person's or a bot's)."""
    return (
        request.method == "GET"
        and not getattr(request, "is_preview", False)
        and not getattr(request, "is_dummy", False)
    )


def is_reader_request(request):
    """A GET of the public site by a person: not a bot, not an admin preview."""
    return is_page_request(request) and not is_bot(request.headers.get("User-Agent", ""))
