"""Names of the editorial groups: shared vocabulary below the apps.

`editorial.roles` gives the groups their permissions; domain apps that only need to
address a group (place suggestions mail the reviewers) import the name from here, so
that they need not import `editorial`.
"""

REDAKTION = "Redaktion"
FREIGABE = "Freigabe"
ORTSBETREIBER = "Ortsbetreiber"
