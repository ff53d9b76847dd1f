"""Rule modules, one per group; each exposes an explicit `RULES` tuple."""
