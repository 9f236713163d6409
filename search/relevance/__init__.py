"""Relevance of the site search, measured on a judged query set over the demo content."""
