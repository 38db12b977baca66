from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "compliance"
    verbose_name = "Kiểm tra tuân thủ"

    def ready(self):
        from . import receivers  # noqa: F401  (publishing a page rescans it)
