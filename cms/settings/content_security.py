"""The Content-Security-Policy directives of public pages and of the admin, and the
Permissions-Policy (sent by cms.security.SecurityHeadersMiddleware).

- CSP_FRAME_SOURCES: comma-separated origins whose videos articles may embed (the video block);
  by default YouTube's and Vimeo's players.
- The media origin is added when MEDIA_URL is an absolute address (media on S3 or a CDN).
"""

from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_INLINE

DEFAULT_FRAME_SOURCES = "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com"

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


def public_directives(frame_sources=(), media_origin=""):
    media = [media_origin] if media_origin else []
    return {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *media],
        "media-src": [SELF, *media],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *frame_sources] if frame_sources else [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }


def admin_directives(media_origin=""):
    media = [media_origin] if media_origin else []
    return {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *media],
        "media-src": [SELF, *media],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        # The preview panel shows the page in a frame of the admin.
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "worker-src": [SELF, "blob:"],
    }


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
