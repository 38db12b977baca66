"""One row, one savepoint: what the database refuses becomes that row's error, not the run's end.

    with row_savepoint(on_rollback=forget_cached_sections):
        write(record)

Inside the block a row writes what it needs; if anything fails, the savepoint is rolled back
(nothing of the row stays), `on_rollback` undoes what lives outside the database (stored files,
caches of objects created in the savepoint), and the failure is raised again as a `RowError` with
a Vietnamese reason when it is about the row's data (validation, a database refusal, text the
driver cannot send). Anything else (a bug, an interrupted run) propagates after the rollback.
"""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction

from .errors import RowError, validation_message


def database_refusal(error):
    return f"cơ sở dữ liệu từ chối dữ liệu ({str(error).strip().splitlines()[0]})"


def _row_reason(error):
    if isinstance(error, RowError):
        return str(error)
    if isinstance(error, ValidationError):
        return validation_message(error)
    if isinstance(error, IntegrityError | DataError):
        return database_refusal(error)
    # psycopg2 refuses a NUL in a string parameter with a ValueError before the query is sent.
    if isinstance(error, ValueError) and "NUL" in str(error):
        return "dữ liệu có ký tự NUL mà cơ sở dữ liệu không nhận"
    return None


@contextmanager
def row_errors():
    """A row's failure as a `RowError` with a Vietnamese reason when it is about the row's data;
    anything else propagates. `row_savepoint` does this around its savepoint; a row known to
    write nothing (it only reads what earlier rows stored) needs no savepoint and uses this alone."""
    try:
        yield
    except BaseException as error:
        reason = _row_reason(error)
        if reason is None or isinstance(error, RowError):
            raise
        raise RowError(reason) from error


@contextmanager
def row_savepoint(on_rollback=None):
    with row_errors():
        try:
            with transaction.atomic():
                yield
        except BaseException:
            if on_rollback is not None:
                on_rollback()
            raise
