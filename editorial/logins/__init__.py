"""Signing in to the admin: the lockout page (django-axes) and the two-factor login (django-otp)."""
