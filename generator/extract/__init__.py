"""Extractors: small pure functions, one module per kind, ``f(article, doc, ...) -> tuple``."""
