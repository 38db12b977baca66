"""POST /danh-gia-bai-viet/<page id>/: a reader rates an article 1 to 5 (engagement.ratings).

The form under the article is a plain <form> with five buttons: without JavaScript the answer is
a redirect back to the article with a message; a fetch that asks for JSON gets JSON.

The page holding the form comes from the page cache, so it carries no CSRF token of the reader;
the view is exempt from Django's token check and refuses instead a request that the browser
says comes from another site (Origin / Sec-Fetch-Site). A forged rating would still be bound by
the cookie and the per-address limit.
"""

from urllib.parse import urlsplit

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Site

from articles.models import ArticlePage
from cms.client_address import client_address
from sites.access import site_id_for_page

from . import ratings
from .visits import local_day

BAD_SCORE = "Vui lòng chọn số điểm từ 1 đến 5."
ALREADY = "Bạn đã đánh giá bài viết này. Mỗi bạn đọc chỉ đánh giá một bài viết một lần."
TOO_MANY = "Đã có quá nhiều lượt đánh giá bài viết này từ địa chỉ mạng của bạn hôm nay. Vui lòng thử lại vào ngày mai."
FOREIGN = "Yêu cầu đánh giá không hợp lệ."
THANKS = "Cảm ơn bạn đã đánh giá bài viết."
VALID_SCORES = {str(score) for score in ratings.SCORES}


def _from_other_site(request):
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return True
    origin = request.headers.get("Origin")
    return bool(origin) and origin != "null" and urlsplit(origin).netloc != request.get_host()


def _rated_article(request, page_id):
    """The live, public article on the site the Host header names; 404 for anything else."""
    site = Site.find_for_request(request)
    page = ArticlePage.objects.live().public().filter(pk=page_id).first()
    if site is None or page is None or site_id_for_page(page) != site.pk:
        raise Http404("Không có bài viết này.")
    return page


def _reply(request, page, message, status, ok=False):
    if "application/json" in request.headers.get("Accept", ""):
        body = {"ok": ok, "message": message, "rating": ratings.current_sentence(page.pk)}
        return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    (messages.success if ok else messages.error)(request, message)
    return redirect(page.get_url(request) + "#danh-gia")


@csrf_exempt
@require_POST
def rate(request, page_id):
    page = _rated_article(request, page_id)
    if _from_other_site(request):
        return _reply(request, page, FOREIGN, 403)
    score = request.POST.get("diem", "").strip()
    if score not in VALID_SCORES:
        return _reply(request, page, BAD_SCORE, 400)
    if page.pk in ratings.rated_pages(request):
        return _reply(request, page, ALREADY, 409)
    if not ratings.address_allowed(client_address(request), page.pk, local_day()):
        return _reply(request, page, TOO_MANY, 429)
    ratings.record_rating(page.pk, int(score))
    response = _reply(request, page, THANKS, 200, ok=True)
    ratings.remember_rating(response, request, page.pk)
    return response
