"""Articles as TimeML: the text with our TIMEX3 tags, the publication date in <DCT>."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from ..article import Article
from ..temporal import tag

_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)


def article_timeml(article: Article) -> str:
    """One article as a TimeML document (valid XML; the text escaped, never altered)."""
    assert article.published is not None
    dct = article.published.isoformat()
    pieces: list[str] = []
    position = 0
    for number, timex in enumerate(tag(article.text, article.published), start=1):
        attributes = f'tid="t{number}" type="{timex.type}" value={quoteattr(timex.value)}'
        if timex.mod:
            attributes += f" mod={quoteattr(timex.mod)}"
        pieces.append(escape(article.text[position : timex.start]))
        pieces.append(f"<TIMEX3 {attributes}>{escape(timex.text)}</TIMEX3>")
        position = timex.end
    pieces.append(escape(article.text[position:]))
    return (
        _HEADER
        + f"<DOCID>{escape(article.article_id)}</DOCID>\n"
        + f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        + f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        + (f"<TITLE>{escape(article.title)}</TITLE>\n" if article.title else "")
        + "<TEXT>"
        + "".join(pieces)
        + "</TEXT>\n</TimeML>\n"
    )


def to_timeml(articles: Sequence[Article]) -> bytes:
    """TimeML for the articles: one document, or a <TimeMLCollection> of several."""
    documents = [article_timeml(a) for a in articles]
    if len(documents) == 1:
        return documents[0].encode("utf-8")
    body = "".join(d.split("\n", 1)[1] for d in documents)  # drop each XML declaration
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<TimeMLCollection>\n' + body
            + "</TimeMLCollection>\n").encode("utf-8")  # fmt: skip
