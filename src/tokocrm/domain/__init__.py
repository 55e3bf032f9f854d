"""Pure business rules: no database, no Qt, only the standard library and small rule libraries."""
