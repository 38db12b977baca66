"""Production settings with the benchmark's URLconf; values come from bench/article_pages.py."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# The benchmarks talk plain HTTP on the loopback, with no proxy in front to say it was HTTPS.
SECURE_SSL_REDIRECT = False
