"""The quote editor: a quote's header, its lines typed with the keyboard, totals, versions."""
