"""Events: the dated statements of one article.

`extract_events` (extract.py) walks an article's sentences; `spans.py` decides which of
a sentence's dates make events, `clauses.py` finds the part of the sentence each one
dates, and `headline.py` makes that part a short headline.
"""

from timeline.events.extract import event_id, extract_events
from timeline.events.headline import make_headline

__all__ = ["event_id", "extract_events", "make_headline"]
