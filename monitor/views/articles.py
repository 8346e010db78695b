"""The list of articles seen, projected from ArticleDiscovered / ArticleUpdated."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.mapper import upcast
from monitor.tables import view_articles
from storage import RecordedEvent

_update = (
    view_articles.update()
    .where(view_articles.c.article == sa.bindparam("key"))
    .values(
        feed=sa.bindparam("feed"), url=sa.bindparam("url"), title=sa.bindparam("title"),
        language=sa.bindparam("language"), published=sa.bindparam("published"),
        position=sa.bindparam("position"), versions=view_articles.c.versions + 1,
    )
)  # fmt: skip


class ArticlesView:
    """Checkpointed reader keeping `view_articles`: the latest version of every article."""

    name = "view_articles"
    types = ("ArticleDiscovered", "ArticleUpdated")

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        inserts: dict[str, dict] = {}
        updates: list[dict] = []
        for recorded in batch:
            data = upcast(recorded)
            row = {
                "feed": data["feed"],
                "url": data["url"],
                "title": data["title"],
                "language": data["language"],
                "published": _when(data.get("published")),
                "position": recorded.position,
            }
            pending = inserts.get(data["article"])
            if recorded.type == "ArticleDiscovered":
                inserts[data["article"]] = {"article": data["article"], "versions": 1, **row}
            elif pending is not None:  # discovered and updated within one batch
                pending.update(row, versions=pending["versions"] + 1)
            else:
                updates.append({"key": data["article"], **row})
        # Bulk statements: one compiled statement per batch instead of one per article.
        if inserts:
            conn.execute(view_articles.insert(), list(inserts.values()))
        if updates:
            conn.execute(_update, updates)

    def clear(self, conn: Connection) -> None:
        conn.execute(view_articles.delete())


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def count_articles(conn: Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(view_articles)).scalar_one()
