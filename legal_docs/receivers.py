"""Signal receivers of the legal_docs app; imported by `LegalDocsConfig.ready()` to connect them."""

from . import demo  # noqa: F401  (connects demo.load_demo_legal_docs to cms.signals.demo_district_loaded)
