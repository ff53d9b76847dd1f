"""collabagree: write, check and render public-sector collaboration agreements."""

__version__ = "0.1.0"
