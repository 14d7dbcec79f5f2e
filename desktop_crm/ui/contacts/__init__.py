"""Contacts and accounts in the window: lists, the 360° detail, forms and logging activities."""
