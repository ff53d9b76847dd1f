"""The linter: rules as data plus pure functions, an explicit registry, and the engine."""
