"""Together's pages, one module per section; `common` holds what they share."""
