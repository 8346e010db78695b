"""The list of articles seen, projected from ArticleDiscovered / ArticleUpdated."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.mapper import from_recorded
from monitor.tables import view_articles
from storage import RecordedEvent


class ArticlesView:
    """Checkpointed reader keeping `view_articles`: the latest version of every article."""

    name = "view_articles"
    types = ("ArticleDiscovered", "ArticleUpdated")

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        for recorded in batch:
            article = from_recorded(recorded)
            values = {
                "feed": article.feed,
                "url": article.url,
                "title": article.title,
                "language": article.language,
                "published": article.published,
                "position": recorded.position,
            }
            if recorded.type == "ArticleDiscovered":
                conn.execute(
                    view_articles.insert().values(article=article.article, versions=1, **values)
                )
            else:
                conn.execute(
                    view_articles.update()
                    .where(view_articles.c.article == article.article)
                    .values(versions=view_articles.c.versions + 1, **values)
                )

    def clear(self, conn: Connection) -> None:
        conn.execute(view_articles.delete())


def count_articles(conn: Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(view_articles)).scalar_one()
