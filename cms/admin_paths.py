"""Whether a request is for Wagtail's admin: the middlewares that treat the admin apart (cache
headers, the Content-Security-Policy, the allowed methods) ask this one function."""

from functools import cache

from django.urls import reverse


@cache
def _admin_prefix():
    return reverse("wagtailadmin_home")


def is_admin_request(request):
    # request.path, not path_info: reverse() includes the script prefix, as request.path does.
    return request.path.startswith(_admin_prefix())
