"""Facts about jurisdictions, regimes and public sources, one place for each."""
