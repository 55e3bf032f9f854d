"""Spreadsheet import and export; sits beside the UI and calls the services."""
