"""Plain types and helpers every stage shares: findings, positions, errors, files."""
