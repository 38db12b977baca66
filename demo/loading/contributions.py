"""What the editorial reports of the demo count: 14 reporting months of news from the district's
departments and communes, one item the board sent back this month, the period rule and quotas.

`contributions.json` gives each unit a pattern of how many items it sent in each of the last 14
reporting months (oldest first, the current month last), so some units are silent lately and the
current and last months have the same months a year earlier to compare with. Titles are fixed
(the unit's activities across its places, in order): a later run finds them again by slug, on any
day. Dates are laid out inside each month of the authority's rule, relative to the load day, so
the current month is always under way. The articles are written together through the importer's
batch writer (`articles.importing.bulk`), one insert per table, rather than one Wagtail publish
each; the reports' ledger is kept by the publish signals it still sends.

`reviews.json` gives a few pages of the district and two communes a review date (days before or
after the load day), most of them past, so the "Trang quá hạn rà soát" screen has something to
show; each is recorded as reviewed by the board a year before that date, through the reports'
own service, so the page history shows it. A page that has a review date already keeps it.
"""

from datetime import timedelta
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import COMMENTS_RELATION_NAME

from articles.importing.bulk import NewArticleBatch, PendingArticle, SectionSlots
from articles.models import ArticlePage
from cms.importing.indexing import deferred_indexing, index_in_bulk
from cms.publish_batch import publishing_batch
from cms.text import ascii_slug
from reports.models import PageReview, PeriodKind, Quota, ReportingRule
from reports.periods import month_period, period_containing
from reports.reviews import save_review
from sites.models import Unit

from . import data
from .articles import body_stream, news_section
from .helpers import at, in_sentence, resolve_date
from .images import DemoImages

MONTHS = 14
FIRST_MINUTE, WORKING_MINUTES = 7 * 60 + 30, 10 * 60  # items are dated between 07:30 and 17:30


def contributions():
    return data.load("contributions")


def reporting_months(today, start_day, count=MONTHS):
    """The last `count` reporting months, oldest first, the one `today` falls in last."""
    current = period_containing(today, start_day)
    year, month = int(current.code[:4]), int(current.code[5:])
    periods = []
    for back in range(count - 1, -1, -1):
        shifted = year * 12 + month - 1 - back
        periods.append(month_period(shifted // 12, shifted % 12 + 1, start_day))
    return periods


def titles(spec, count):
    """The unit's first `count` titles: each activity at each place in turn, so that neighbouring
    items differ; an activity without a place gives one title."""
    places = contributions()["places"] if any("{place}" in a for a in spec["activities"]) else []
    villages = contributions()["villages"]
    expanded = []
    for activity in spec["activities"]:
        if "{place}" in activity:
            expanded.append([activity.replace("{place}", place) for place in places])
        elif "{village}" in activity:
            expanded.append([activity.replace("{village}", village) for village in villages])
        else:
            expanded.append([activity])
    ordered = [group[round_] for round_ in range(max(map(len, expanded))) for group in expanded if round_ < len(group)]
    if count > len(ordered):
        raise ValueError(f"contributions.json: {spec['subject']} needs {count} titles and has {len(ordered)}")
    return [(f"{spec['subject']} {activity}", activity) for activity in ordered[:count]]


def load_contributions(demo):
    rule = _ensure_rule_and_quotas(demo)
    spec = contributions()
    units = {unit.short_name or unit.name: unit for unit in Unit.objects.filter(parent=demo.district)}
    units.update({unit.name: unit for unit in units.values()})
    periods = reporting_months(demo.today, rule.month_start_day)
    now = timezone.now() if demo.today == timezone.localdate() else at(demo.today, 18)
    images = DemoImages(demo.admin)

    # (site's unit, credited unit, unit's spec, its items' pattern, its place in the title sequence)
    plan = [
        (demo.district, units[name], unit_spec, unit_spec["pattern"], 0)
        for name, unit_spec in spec["district_portal"].items()
    ]
    for name, unit_spec in spec["commune_sites"].items():
        unit = units[name]
        own = sum(map(int, unit_spec["pattern"]))
        plan.append((unit, unit, unit_spec, unit_spec["pattern"], 0))
        if "district_pattern" in unit_spec:
            plan.append((demo.district, unit, unit_spec, unit_spec["district_pattern"], own))

    by_section = {}
    for shift, (site_unit, credited, unit_spec, pattern, skip) in enumerate(plan):
        section = by_section.setdefault(site_unit.pk, _Section(site_unit))
        counts = [int(digit) for digit in pattern]
        named = iter(titles(unit_spec, skip + sum(counts))[skip:])
        for period, count in zip(periods, counts, strict=True):
            for index in range(count):
                title, activity = next(named)
                if ascii_slug(title) in section.existing:
                    continue
                moment = section.free_moment(_moment(period, index, count, shift, now))
                section.pages.append(
                    _article(demo, unit_spec, credited, title, activity, moment, index + shift, site_unit, images)
                )

    created = []
    with deferred_indexing(), publishing_batch():
        for section in by_section.values():
            created += section.write()
        sent_back = _sent_back_item(demo, units, now)
    if created:
        index_in_bulk({ArticlePage: {page.pk for page in created}})
    demo.report.add_created(images.created, "ảnh")
    demo.report.add_created(len(created), "tin bài của phòng, ban, xã, thị trấn (14 kỳ báo cáo)")
    demo.report.add_created(sent_back, "tin bài bị Ban biên tập trả lại")
    reviews = _page_reviews(demo)
    demo.report.add_created(reviews, "hẹn rà soát trang")
    return bool(created or sent_back or reviews)


class _Section:
    """The news section of one site: the slugs it has, the dates taken, the new pages."""

    def __init__(self, unit):
        self.page = news_section(unit)
        children = ArticlePage.objects.child_of(self.page)
        self.existing = set(children.values_list("slug", flat=True))
        self.taken = set(children.values_list("published_at", flat=True))
        self.pages = []

    def free_moment(self, moment):
        # Listings order by date: no two items of a section at the same minute.
        while moment in self.taken:
            moment -= timedelta(minutes=1)
        self.taken.add(moment)
        return moment

    def write(self):
        if not self.pages:
            return []
        slots = SectionSlots(self.page.pk, [page.slug for page in self.pages])
        batch = NewArticleBatch()
        for page in self.pages:
            slots.place(page)
            batch.add(PendingArticle(0, SimpleNamespace(external_id=page.slug), self.page.pk, None, [], page=page))
        return batch.write()


def _moment(period, index, count, shift, now):
    """Item `index` of `count` in the period, on a working hour; in the current month, before now."""
    last = min(period.end, timezone.localtime(now).date())
    days = (last - period.start).days + 1
    day = period.start + timedelta(days=(shift * 3 + index * days // count) % days)
    minute = FIRST_MINUTE + (shift * 37 + index * 53) % WORKING_MINUTES
    moment = at(day, minute // 60, minute % 60)
    if moment < now:
        return moment
    start = at(period.start, 0)
    return start + (now - start) * (index + 1) / (count + 1)


def _article(demo, spec, credited, title, activity, moment, number, site_unit, images):
    local = timezone.localtime(moment)
    closings = contributions()["closings"]
    unit_name = spec["subject"] if not credited.site_id else f"Ủy ban nhân dân {in_sentence(credited.name)}"
    blocks = [
        ["paragraph", f"Ngày {local:%d/%m}, {unit_name} {activity}."],
        ["paragraph", spec["details"][number % len(spec["details"])]],
        ["paragraph", closings[number % len(closings)]],
    ]
    kinds = spec.get("kinds", ["tin"])
    photo = spec["images"][number % len(spec["images"])] if spec["images"] and number % 3 != 2 else None
    page = ArticlePage(
        title=title,
        slug=ascii_slug(title),
        kind=kinds[number % len(kinds)],
        summary=f"{spec['subject']} {activity}.",
        body=body_stream(blocks, {}),
        author=spec["authors"][number % len(spec["authors"])],
        contributing_unit=credited,
        featured_image=images.get(site_unit, photo) if photo else None,
        published_at=moment,
        owner=demo.admin,
    )
    page.tags.add(spec["subject"], "tin cơ sở" if credited.site_id else "tin phòng, ban")
    setattr(page, COMMENTS_RELATION_NAME, [])
    page.draft_title = page.title
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = page.latest_revision_created_at = moment
    page.refresh_folded_text()
    return page


def _sent_back_item(demo, units, now):
    """The commune's item the district editor entered and the board sent back, through the
    district portal's workflow; 1 if this run made it."""
    spec = contributions()["sent_back"]
    section = news_section(demo.district)
    slug = ascii_slug(spec["title"])
    if ArticlePage.objects.child_of(section).filter(slug=slug).exists():
        return 0
    users = get_user_model().objects.in_bulk([spec["writer"], spec["reviewer"]], field_name="username")
    writer, reviewer = users[spec["writer"]], users[spec["reviewer"]]
    page = ArticlePage(
        title=spec["title"],
        slug=slug,
        kind="tin",
        summary=spec["summary"],
        body=body_stream([["paragraph", text] for text in spec["body"]], {}),
        author=spec["author"],
        contributing_unit=units[spec["unit"]],
        published_at=now - timedelta(hours=2),
        owner=writer,
        live=False,
    )
    page.tags.add("tin cơ sở", spec["unit"])
    section.add_child(instance=page)
    page.save_revision(user=writer)
    workflow_state = page.get_workflow().start(page, writer)
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state.specific, reviewer, "reject", comment=spec["comment"])
    return 1


def _ensure_rule_and_quotas(demo):
    """The period rule and quotas, where the board has none yet (a board's own choice stays)."""
    spec = contributions()
    district = demo.district
    rule, created = ReportingRule.objects.get_or_create(
        authority=district, defaults={"month_start_day": spec["reporting_rule"]["month_start_day"]}
    )
    demo.report.add_created(int(created), "kỳ báo cáo (tháng từ ngày 20)")
    units = {unit.short_name or unit.name: unit for unit in Unit.objects.filter(parent=district)}
    wanted = [{"unit_kind": kind, "unit": None, "items": items} for kind, items in spec["quotas"]["month"].items()]
    wanted += [{"unit_kind": "", "unit": units[name], "items": n} for name, n in spec["quotas"]["units"].items()]
    wanted.append({"unit_kind": "", "unit": district, "items": spec["quotas"]["authority"]})
    made = 0
    for quota in wanted:
        key = {"unit": quota["unit"]} if quota["unit"] else {"unit_kind": quota["unit_kind"], "unit__isnull": True}
        if not Quota.objects.filter(authority=district, period_kind=PeriodKind.MONTH, **key).exists():
            Quota.objects.create(authority=district, period_kind=PeriodKind.MONTH, **quota)
            made += 1
    demo.report.add_created(made, "chỉ tiêu tin bài")
    return rule


def _page_reviews(demo):
    """The review dates of `reviews.json` on pages that have none yet; how many were set."""
    spec = data.load("reviews")
    reviewer = get_user_model().objects.get(username=spec["reviewer"])
    homes = {unit.name: unit.site.root_page for unit in Unit.objects.with_sites().select_related("site__root_page")}
    made = 0
    for item in spec["pages"]:
        page = homes[item["unit"]]
        for slug in item["path"]:
            page = page and page.get_children().filter(slug=slug).first()
        if page is None or PageReview.objects.filter(page=page).exists():
            continue  # a page someone removed for good, or one whose date is set already
        # "+PnD" counts from the load day here: the review is due that many days ahead.
        review_by = resolve_date(item["review_by"], demo.today, issued=demo.today)
        reviewed_at = at(review_by - timedelta(days=spec["last_review_days_before"]), 9)
        save_review(page, reviewer, review_by, item["note"], reviewed=True, now=reviewed_at)
        made += 1
    return made
