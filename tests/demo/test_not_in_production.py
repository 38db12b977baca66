"""Production settings import none of the demo: not the app, its loaders, its data, its command."""

import json
import os
import subprocess
import sys

import pytest

# Sets up Django under the given settings, imports what a production process imports (every installed
# app's modules that Django and Wagtail load, the URLconf, the system checks), then prints the demo
# modules found in sys.modules and whether `load_demo` is a command.
SCRIPT = """
import importlib, importlib.util, json, sys
import django
django.setup()
from django.apps import apps
from django.core.management import call_command, get_commands
for config in apps.get_app_configs():
    for part in ("models", "wagtail_hooks", "urls", "admin", "views", "signals", "receivers", "feeds", "api"):
        name = f"{config.name}.{part}"
        try:
            found = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            found = None
        if found:
            importlib.import_module(name)
import cms.urls  # noqa
call_command("check", stdout=open("/dev/null", "w"))
demo = sorted(
    name for name in sys.modules
    if name == "demo" or name.startswith("demo.") or name.endswith(".demo") or "demo_data" in name
    or name.endswith(".demo_links")
)
print(json.dumps({"demo_modules": demo, "load_demo": "load_demo" in get_commands()}))
"""


def run_under(settings_module):
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY="production-test-" + "k" * 40,
        ALLOWED_HOSTS="hamtan.binhthuan.gov.vn,.hamtan.binhthuan.gov.vn",
    )
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_import_no_demo_module():
    result = run_under("cms.settings.production")

    assert result == {"demo_modules": [], "load_demo": False}


@pytest.mark.parametrize("settings_module", ["cms.settings.dev", "cms.settings.test"])
def test_development_and_test_settings_install_the_demo(settings_module):
    # The control: the same probe sees the demo where it is installed.
    result = run_under(settings_module)

    assert "demo.apps" in result["demo_modules"]
    assert result["load_demo"] is True
