"""Printed member cards: one card drawn at its true size (card_painter), ten to an A4 sheet with
crop marks (sheets), as a PDF, a picture or through Qt's print preview (print_preview)."""
