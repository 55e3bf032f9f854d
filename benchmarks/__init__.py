"""TokoCRM's benchmark runner: every hot path timed on a realistic sample shop, each beside the
raw library doing the same work in the same run (`make bench`; see benchmarks/README.md)."""
