"""Signals shared across apps, so that one content app can hook into another's work without importing it."""

from django.dispatch import Signal

demo_district_loaded = Signal()
"""Sent by the demo loader (`home.demo.load_demo_district`, i.e. `manage.py load_demo`) once the demo's
units, sites, departments and users exist and the home app's own pages are in place, inside the loader's
transaction: an exception in a receiver rolls the whole load back.

The sender is the report's class (`home.demo.DemoReport`); receivers need not filter on it. Keyword arguments:

- ``district``: the demo's parent authority (`sites.Unit`); its communes are ``district.children`` with a
  site, its departments the children without one.
- ``report``: what the load changed. Receivers call ``report.add_created(count, label)`` for objects they
  created (label in Vietnamese, plural, e.g. "tin bài") and ``report.add_update(text)`` for each thing that
  existed before and that they changed; `load_demo` prints both in its one summary line, and prints its
  "no change" message only when no receiver reported anything either.
- ``today``: the date the demo is dated from; content meant to look recent is dated before it.
- ``user``: the demo superuser, to own and publish the content receivers create.

Receivers must be idempotent: the loader runs again on every `load_demo`, and a second run should create
nothing and report nothing.
"""
