"""A new demo district is scanned once, so the inspector's screens have something to show."""

from compliance.models import Inspection, Trigger
from compliance.scanner import run_scan


def scan_new_demo(demo):
    # Once: a later `load_demo` (which must change nothing) finds the inspection already there.
    if Inspection.objects.exclude(trigger=Trigger.PUBLISH).exists():
        return
    district = demo.district
    sites = [district.site, *(unit.site for unit in district.children.with_sites())]
    run_scan(sites, Trigger.COMMAND)
    demo.report.add_created(1, "lần kiểm tra tuân thủ")
