"""Query builders that take a Session; the services own the transactions."""
