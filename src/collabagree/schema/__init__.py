"""Schema validation of loaded data into the model, its SCH codes and the JSON Schema."""
