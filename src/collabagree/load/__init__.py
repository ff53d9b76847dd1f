"""Load an agreement file safely: bytes -> YAML events -> plain data with positions."""
