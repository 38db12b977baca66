"""Who may do what with questions, from the unit roles of `sites.access`.

| role | sees | may |
|---|---|---|
| editor, chief editor, collaborator of a unit | the questions that unit handles | take one, write the answer |
| chief editor of a unit | the same | also publish the answer, close a question unpublished |
| board of an authority | every question of its portals | all of the above, forward to its units |
| inspector of an authority | the same as the board | read only |
| superuser | everything | everything |

Collaborators draft answers (an answer is seen by nobody outside until a chief editor or the
board publishes it); they never publish.
"""

from django.db.models import Q

from sites.access import unit_ids_with_role
from sites.models import PARENT_ONLY_ROLES, SITE_ROLES, Role, Unit

from .models import Question, QuestionStatus
from .unit_scope import is_active_user, rows_for_user

ANSWER_ROLES = (Role.EDITOR, Role.CHIEF_EDITOR, Role.COLLABORATOR)


def visible_questions(user):
    """The questions of the user's inbox, one query whatever the number of units."""
    return rows_for_user(Question.objects, user, PARENT_ONLY_ROLES, SITE_ROLES)


def may_open_inbox(user):
    return is_active_user(user) and (
        user.is_superuser or bool(unit_ids_with_role(user, *PARENT_ONLY_ROLES, *SITE_ROLES))
    )


def _on_board(user, question):
    return question.authority_id in unit_ids_with_role(user, Role.BOARD)


def may_answer(user, question):
    if not is_active_user(user) or question.status not in (
        QuestionStatus.RECEIVED,
        QuestionStatus.ASSIGNED,
        QuestionStatus.ANSWERED,
    ):
        return False
    return user.is_superuser or _on_board(user, question) or question.unit_id in unit_ids_with_role(user, *ANSWER_ROLES)


def may_take(user, question):
    return question.status == QuestionStatus.RECEIVED and may_answer(user, question)


def _decides(user, question):
    """The chief editors of the handling unit, the board, superusers."""
    if not is_active_user(user):
        return False
    return (
        user.is_superuser
        or _on_board(user, question)
        or question.unit_id in unit_ids_with_role(user, Role.CHIEF_EDITOR)
    )


def may_publish(user, question):
    return question.status == QuestionStatus.ANSWERED and _decides(user, question)


def may_close(user, question):
    return question.is_open and _decides(user, question)


def may_forward(user, question):
    return question.is_open and is_active_user(user) and (user.is_superuser or _on_board(user, question))


def forward_targets(question):
    """The units a question may be forwarded to: its authority, the authority's communes and departments."""
    return Unit.objects.filter(Q(pk=question.authority_id) | Q(parent_id=question.authority_id)).order_by(
        "kind", "name"
    )


def answering_units(user, question):
    """Who may be named as the answering unit: the handling unit; for the board, any unit of the authority."""
    if user.is_superuser or _on_board(user, question):
        return forward_targets(question)
    return Unit.objects.filter(pk=question.unit_id)
