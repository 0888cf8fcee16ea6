"""Exports of a view: static map (PNG, SVG, PDF), PPTX briefing pack, offline HTML, data
(GeoJSON, GeoPackage, CSV, XLSX) and the animated timeline (GIF, MP4).

Entry points live in :mod:`flows.export.api` (``render_snapshot``, ``export_view``,
``export_briefing``) and :mod:`flows.export.cli` (``flows snapshot``, ``flows briefing``).
Nothing heavy is imported here, so ``flows --help`` stays fast.
"""
