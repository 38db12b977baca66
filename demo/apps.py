from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo district and its content; installed by the development and test settings only."""

    name = "demo"
    verbose_name = "Dữ liệu mẫu"
