"""What the suggestions tell the apps built on places (they connect; places imports none of them)."""

from django.dispatch import Signal

# Sent with `suggestion` and `page` (its draft PlacePage) once a suggestion from the website
# is saved, inside the transaction that creates them: the editorial app starts its review.
place_suggested = Signal()
