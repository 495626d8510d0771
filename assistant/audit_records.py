"""The audit trail as database tables: letters, their versions, checks, sign-offs.

Every draft and quality-assurance edit is a version; every check and critique is
stored with the versions of rules, prompts, model and knowledge that produced it;
every sign-off keeps the lessons learnt and each overridden finding's reason.
"""

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utc_now() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base class of the product's tables."""


class Letter(Base):
    """A complaint and the reply being written to it."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    stage: Mapped[int] = mapped_column(Integer)
    complaint_type: Mapped[str] = mapped_column(String(16))
    area: Mapped[str | None] = mapped_column(String(64))
    complainant_name: Mapped[str | None] = mapped_column(String(200))
    complaint_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(24), default="draft")
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now
    )
    text_deleted_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), default=None
    )

    versions: Mapped[list["LetterVersion"]] = relationship(
        back_populates="letter", order_by="LetterVersion.number"
    )


class LetterVersion(Base):
    """One text of the reply: a draft, a quality-assurance edit or the final."""

    __tablename__ = "letter_versions"
    __table_args__ = (UniqueConstraint("letter_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    text: Mapped[str | None] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now
    )

    letter: Mapped[Letter] = relationship(back_populates="versions")


class CheckRun(Base):
    """A pre-send check or critique of one version, with what produced it."""

    __tablename__ = "check_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("letter_versions.id"))
    kind: Mapped[str] = mapped_column(String(16))
    rules_version: Mapped[str] = mapped_column(String(40))
    catalogue_version: Mapped[str] = mapped_column(String(40))
    knowledge_version: Mapped[str] = mapped_column(String(40))
    prompt_version: Mapped[str | None] = mapped_column(String(80))
    model: Mapped[str | None] = mapped_column(String(80))
    answers: Mapped[dict] = mapped_column(JSON)
    findings: Mapped[list] = mapped_column(JSON)
    blocking: Mapped[int] = mapped_column(Integer)
    run_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now
    )


class SignOff(Base):
    """A coordinator's sign-off of a version as ready to send."""

    __tablename__ = "sign_offs"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("letter_versions.id"))
    check_run_id: Mapped[int] = mapped_column(ForeignKey("check_runs.id"))
    signed_by: Mapped[str] = mapped_column(String(120))
    lessons_learnt: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now
    )

    overrides: Mapped[list["Override"]] = relationship(back_populates="sign_off")


class Override(Base):
    """A blocking finding the coordinator overrode, and the written reason."""

    __tablename__ = "overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    sign_off_id: Mapped[int] = mapped_column(ForeignKey("sign_offs.id"))
    question: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now
    )

    sign_off: Mapped[SignOff] = relationship(back_populates="overrides")


class User(Base):
    """A person or system allowed to use the service, with one role."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now
    )
