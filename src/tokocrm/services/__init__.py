"""Use cases: each public method is one transaction and takes the acting user first."""
