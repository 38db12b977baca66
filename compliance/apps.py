from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "compliance"
    verbose_name = "Kiểm tra tuân thủ"

    def ready(self):
        from . import receivers  # noqa: F401  (publishing a page rescans it)
        from .checks import install_workflow_action_view

        # The publish check before a workflow approval; compliance.E001 reports it if it could not be set.
        install_workflow_action_view()
