"""Who is calling: passwords (argon2, through argon2-cffi), bearer tokens, and the scope rules
of CONTRACT §8.

- An applicant reaches only their own applications.
- A reviewer reaches every application of their unit, and may correct and decide.
- An auditor reads every application of their unit and never writes.
- An admin (an extension) manages users and reads the service's log.

Anything out of scope answers 404, exactly as a missing id does: a guessed id tells nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .store import Application, Token, User, now

TOKEN_HOURS = 12
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(user: User | None, password: str) -> bool:
    """Whether ``password`` is ``user``'s; costs the same when there is no such user."""
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY, password) and user is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


_DUMMY = _hasher.hash("no such user")


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, user: User) -> str:
    token = secrets.token_urlsafe(32)
    session.add(Token(digest=digest(token), user_id=user.id, expires=now() + dt.timedelta(hours=TOKEN_HOURS)))
    return token


def user_for_token(session: Session, token: str | None) -> User | None:
    if not token or len(token) > 200:
        return None
    row = session.get(Token, digest(token))
    if row is None or row.expires < now():
        return None
    return session.get(User, row.user_id)


def revoke(session: Session, token: str | None) -> None:
    if token:
        row = session.get(Token, digest(token))
        if row is not None:
            session.delete(row)


def csrf_token(token: str, secret: bytes) -> str:
    """The form token of a page session: bound to the session's own token, so a form
    another site makes cannot carry it."""
    return hmac.new(secret, token.encode(), hashlib.sha256).hexdigest()


def csrf_ok(token: str | None, sent: str | None, secret: bytes) -> bool:
    return bool(token and sent) and hmac.compare_digest(csrf_token(token, secret), sent)


def may_read(user: User, app: Application) -> bool:
    if app.owner_id == user.id:
        return True
    if user.role in ("reviewer", "auditor"):
        return user.unit is not None and app.unit == user.unit
    return False


def may_review(user: User, app: Application) -> bool:
    """The unit's reviewer corrects and decides, never on an application of their own."""
    return user.role == "reviewer" and user.unit is not None and app.unit == user.unit and app.owner_id != user.id


def may_edit(user: User, app: Application) -> bool:
    """The owner edits their application (profile, files, claims, a new check)."""
    return app.owner_id == user.id and user.role != "auditor"


def visible(session: Session, user: User) -> list[Application]:
    """The applications ``user`` may read, newest first."""
    query = select(Application).order_by(Application.updated.desc())
    if user.role in ("reviewer", "auditor") and user.unit:
        query = query.where((Application.unit == user.unit) | (Application.owner_id == user.id))
    else:
        query = query.where(Application.owner_id == user.id)
    return list(session.scalars(query))


def find_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == name)).first()


# A user name is shown in pages, logs, the audit trail and its CSV, and typed at a login form:
# letters (ASCII, so that no look-alike Cyrillic or full-width letter passes for another user),
# digits, 汉字 and . _ -, beginning with a letter, a digit or a 汉字.  No control character (a
# newline forges a log line, an ESC recolours a terminal), no space, no markup.
USER_NAME = re.compile(r"[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff][A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff._-]{0,63}")
USER_NAME_RULE = "用户名应为 1 到 64 个字符，只含字母、数字、汉字和 . _ -，以字母、数字或汉字开头"


def user_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a user's name (one line, in Chinese, the name shown safely), or None.

    >>> user_name_problem("demo-reviewer"), user_name_problem("王工"), user_name_problem("li.ming_2")
    (None, None, None)
    >>> user_name_problem("a\\nb\\x1b[31m")
    "用户名应为 1 到 64 个字符，只含字母、数字、汉字和 . _ -，以字母、数字或汉字开头；实为 'a?b?[31m'"
    """
    if USER_NAME.fullmatch(name):
        return None
    from rules.yaml_input import clip

    from ..intake import readable_name

    return f"{USER_NAME_RULE}；实为 '{clip(readable_name(name), 40)}'"
