"""The review queue: extracted candidates wait here until a person accepts, edits or rejects them.

:mod:`store` keeps candidates and decisions in SQLite (workspace folder, transactions, WAL);
:mod:`export` writes reviewed records as curated YAML.
"""
