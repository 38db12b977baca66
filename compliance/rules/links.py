"""Reading links the way a browser would, without ever failing on what editors type.

`parse_link` turns any href or URL field value into a `Link`: its kind (web, relative, mailto, ...),
its host in one canonical form (lowercase ASCII, punycode for unicode domains, no trailing dot,
no user or port) and its query parameters. Domain lists are matched on the host and every parent
domain, so `www.shopee.vn` and `m.shopee.vn` match `shopee.vn`. Pure functions, no database.
"""

import contextlib
import functools
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

import idna


class LinkKind:
    WEB = "web"  # http(s), protocol-relative or a bare "www." address: has a host to check
    RELATIVE = "relative"  # "/tin-tuc/", "#muc-1", "?trang=2", "anh.jpg": stays on the portal
    MAILTO = "mailto"
    TEL = "tel"
    JAVASCRIPT = "javascript"
    DATA = "data"  # data: addresses carry their own content (a page, a script)
    OTHER = "other"  # ftp:, sms:, ... and web addresses without a usable host ("http://")
    EMPTY = "empty"


@dataclass(frozen=True)
class Link:
    raw: str
    kind: str
    host: str = ""  # canonical ASCII host, "" when there is none
    params: tuple = field(default=())  # ((name lowercased, value), ...)

    @property
    def is_web(self):
        return self.kind == LinkKind.WEB and bool(self.host)

    @property
    def display_host(self):
        return host_to_unicode(self.host)


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_WHITESPACE = re.compile(r"[\s\x00-\x1f\x7f]+")
_HOST_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9\-_]*[a-z0-9_])?$")
_WEB_SCHEMES = {"http", "https"}


def parse_link(raw):
    """Classify one href or URL value; never raises."""
    if raw is None:
        return Link("", LinkKind.EMPTY)
    return _parse_text(str(raw))


@functools.lru_cache(maxsize=8192)  # the same links recur on page after page
def _parse_text(text):
    # Browsers drop tabs and newlines anywhere in a URL and trim spaces at both ends.
    cleaned = _WHITESPACE.sub("", text.strip()) if text.strip() else ""
    if not cleaned:
        return Link(text, LinkKind.EMPTY)

    match = _SCHEME.match(cleaned)
    if match:
        scheme = match.group(1).lower()
        if scheme in _WEB_SCHEMES:
            return _web_link(text, cleaned)
        if scheme == "mailto":
            return Link(text, LinkKind.MAILTO)
        if scheme in ("tel", "callto"):
            return Link(text, LinkKind.TEL)
        if scheme == "javascript":
            return Link(text, LinkKind.JAVASCRIPT)
        if scheme == "data":
            return Link(text, LinkKind.DATA)
        if "." in scheme and cleaned[match.end() :][:1].isdigit():
            # "shopee.vn:8080/x": a host and port written without a scheme
            return _web_link(text, "http://" + cleaned)
        return Link(text, LinkKind.OTHER)
    if cleaned.startswith(("//", "\\\\")):
        return _web_link(text, "http:" + cleaned)
    if cleaned.lower().startswith("www."):
        # Not a web address for a browser (it is relative), but plainly what the editor meant.
        return _web_link(text, "http://" + cleaned)
    return Link(text, LinkKind.RELATIVE)


def _web_link(raw, url):
    url = url.replace("\\", "/")
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
    except ValueError:
        return Link(raw, LinkKind.OTHER)
    host = netloc.rpartition("@")[2]
    # an IPv6 literal is kept as is; otherwise the port goes
    host = host.partition("]")[0] + "]" if host.startswith("[") else host.partition(":")[0]
    host = normalize_host(host)
    if not host:
        return Link(raw, LinkKind.OTHER)
    try:
        params = tuple((name.lower(), value) for name, value in parse_qsl(parts.query, keep_blank_values=True))
    except ValueError:
        params = ()
    return Link(raw, LinkKind.WEB, host, params)


def normalize_host(host):
    """Lowercase ASCII form of a host name: "Bóng-Đá.VN." -> "xn--bng--8na8hpj.vn"; "" if unusable."""
    host = (host or "").strip().strip(".").lower()
    if not host:
        return ""
    if host.startswith("["):
        return host
    host = unquote(host)
    if not host.isascii():
        host = _to_ascii(host)
    labels = host.split(".")
    if not host or any(not _HOST_LABEL.match(label) for label in labels):
        return ""
    return host


def _to_ascii(host):
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        pass
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return ""


def host_to_unicode(host):
    """Readable form of a canonical host ("xn--bng--8na8hpj.vn" -> "bóng-đá.vn"); unchanged if not decodable."""
    if "xn--" not in host:
        return host
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(idna.IDNAError, UnicodeError, ValueError):
                label = idna.decode(label)
        labels.append(label)
    return ".".join(labels)


def normalize_domain(text):
    """A domain list entry as inspectors type it ("https://www.Shopee.vn/", "*.fb88.com") -> "shopee.vn"."""
    text = (text or "").strip()
    if not text:
        return ""
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    text = text.replace("*.", "")
    link = _web_link(text, "http:" + text if text.startswith("//") else text)
    host = link.host
    if host.startswith("www."):
        host = host[4:]
    return host


def parent_domains(host):
    """The host and each parent domain: "a.b.vn" -> ["a.b.vn", "b.vn", "vn"]."""
    if not host or host.startswith("["):
        return [host] if host else []
    labels = host.split(".")
    return [".".join(labels[index:]) for index in range(len(labels))]


def find_domain(host, domains):
    """The entry of `domains` (a set or dict of canonical domains) covering `host`, or None."""
    for candidate in parent_domains(host):
        if candidate in domains:
            return candidate
    return None


def is_gov_vn(host):
    return host == "gov.vn" or host.endswith(".gov.vn")
