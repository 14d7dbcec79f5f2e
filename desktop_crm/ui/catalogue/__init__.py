"""The product catalogue window: the list of products, their form, import and export."""
