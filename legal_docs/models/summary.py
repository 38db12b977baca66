"""The document search's counts per site, so that the listing without words counts nothing.

`FacetCount` holds, for each site, how many live documents have each value of each filter
(type, issuing body, year, category, field, the site itself) and, for the effect status, each
status set by hand or each pair of dates that can still change the status (see
legal_docs/search/summary.py, which makes and reads them). `FacetSummaryState` says whether a
site's counts are current: every change to its documents gives it a new `version`, and counts
made from another version are made again when next read.
"""

from django.db import models

from wagtail.models import Site


class FacetCount(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    dimension = models.CharField(max_length=20)  # the filter's parameter (doc_type, year, status, …)
    value = models.CharField(max_length=255, blank=True)  # the grouped value, as text; for status: set by hand
    # For the status, when not set by hand: the day the document takes effect and the day it
    # expires, each only when it was still ahead on the day of counting (expires_on = date.min:
    # already expired then). Statuses follow today's date, so they are derived when read.
    starts_on = models.DateField(null=True)
    expires_on = models.DateField(null=True)
    count = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["site", "dimension"], name="legal_facet_count_site")]


class FacetSummaryState(models.Model):
    site = models.OneToOneField(Site, primary_key=True, on_delete=models.CASCADE, related_name="+")
    version = models.CharField(max_length=32)
    counted_version = models.CharField(max_length=32, blank=True)
    counted_on = models.DateField(null=True)
