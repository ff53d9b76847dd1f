"""Format back-ends: pandoc (DOCX, HTML, Typst) and the Typst compiler (PDF)."""
