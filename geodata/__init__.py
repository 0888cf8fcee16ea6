"""Places: offline gazetteer, resolution with context, geometry helpers, country polygons.

Imports neither Streamlit nor pydeck.
"""
