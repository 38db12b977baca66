from .common import LegalDocumentType, LegalField, SiteScopedPage, SiteScopedQuerySet
from .documents import (
    DocumentCategory,
    EffectStatus,
    LegalDocumentFile,
    LegalDocumentPage,
    LegalDocumentQuerySet,
    LegalDocumentRelation,
    RelationKind,
    derived_status,
    status_condition,
    status_expression,
)
from .listings import LegalDocumentIndexPage, ProcedureIndexPage
from .procedures import (
    OnlineServiceLevel,
    ProcedureDossierItem,
    ProcedureLegalBasis,
    ProcedureLevel,
    ProcedurePage,
    ProcedureSubmissionMethod,
    SubmissionMethod,
)
from .summary import FacetCount, FacetSummaryState

__all__ = [
    "DocumentCategory",
    "EffectStatus",
    "FacetCount",
    "FacetSummaryState",
    "LegalDocumentFile",
    "LegalDocumentIndexPage",
    "LegalDocumentPage",
    "LegalDocumentQuerySet",
    "LegalDocumentRelation",
    "LegalDocumentType",
    "LegalField",
    "OnlineServiceLevel",
    "ProcedureDossierItem",
    "ProcedureIndexPage",
    "ProcedureLegalBasis",
    "ProcedureLevel",
    "ProcedurePage",
    "ProcedureSubmissionMethod",
    "RelationKind",
    "SiteScopedPage",
    "SiteScopedQuerySet",
    "SubmissionMethod",
    "derived_status",
    "status_condition",
    "status_expression",
]
