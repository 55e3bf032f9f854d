"""TokoCRM: a desktop CRM for small retailers."""

__version__ = "0.1.0"
