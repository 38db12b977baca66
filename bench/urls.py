"""The portal's URLs plus the trivial view the throughput benchmark measures against."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as portal_urlpatterns


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("__bench__/trivial/", trivial), *portal_urlpatterns]
