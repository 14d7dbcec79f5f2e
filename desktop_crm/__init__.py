"""Desktop CRM: an offline-first customer relationship manager."""

__version__ = "0.1.0"
