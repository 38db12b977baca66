"""Existing portals' "Hỏi đáp" sections, provisioned as plain section pages before engagement
served them, become `QuestionIndexPage`s in place: the same page (id, tree position, slug, title,
address, publication, permissions), only its type changes. A section that holds pages of its own
is left alone and reported, since the Hỏi đáp page type has no subpages.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from wagtail.models import Page

from home.models import HomePage, SectionPage

from .models import QuestionIndexPage


def question_section_slug():
    return next(
        section["slug"]
        for section in settings.PORTAL_STANDARD_SECTIONS
        if section["model"].lower() == QuestionIndexPage._meta.label_lower
    )


@dataclass
class ConversionReport:
    converted: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (page, reason)


def _convert(section):
    page = Page.objects.get(pk=section.pk)
    converted = QuestionIndexPage(page_ptr=page, intro=section.intro)
    # Copy the Page columns so that saving the new row does not overwrite them with defaults.
    for page_field in Page._meta.concrete_fields:
        setattr(converted, page_field.attname, getattr(page, page_field.attname))
    converted.content_type = ContentType.objects.get_for_model(QuestionIndexPage)
    # Django's own delete of the section's row only: Wagtail's and treebeard's would take the page with it.
    models.Model.delete(section, keep_parents=True)
    converted.save_base(raw=True)
    Page.objects.filter(pk=page.pk).update(content_type=converted.content_type)
    return converted


@transaction.atomic
def convert_question_sections(dry_run=False):
    slug = question_section_slug()
    report = ConversionReport()
    homes = HomePage.objects.values_list("path", flat=True)
    candidates = SectionPage.objects.filter(slug=slug, depth__gt=1)
    for section in candidates:
        parent_path = section.path[: -Page.steplen]
        if parent_path not in set(homes):
            continue
        if section.numchild:
            report.skipped.append((section, "chuyên mục có trang con"))
            continue
        report.converted.append(section if dry_run else _convert(section))
    if dry_run:
        transaction.set_rollback(True)
    return report
