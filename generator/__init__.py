"""briefings: news articles in, a searchable static briefing site out."""

__version__ = "0.1.24"
