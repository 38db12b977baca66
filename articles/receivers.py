"""Signal receivers of the articles app; imported by `ArticlesConfig.ready()` to connect them."""

from . import demo  # noqa: F401  (connects demo.load_demo_news to cms.signals.demo_district_loaded)
