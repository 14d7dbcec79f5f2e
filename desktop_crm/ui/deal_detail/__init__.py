"""The detail page of one deal."""
