# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# Guide for helpers. Only the heading is translated; everything else falls back to Spanish.

# Heading of the helper guide screen.
# REVIEW: same wording as home-menu-helper-guide.
guide-heading = Teléfonopi huk runata imaynata yanapana
