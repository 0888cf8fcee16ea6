"""Flow records: the model, vocabularies, loading and validation, selection, the `flows` CLI.

This package never imports Streamlit or pydeck.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
