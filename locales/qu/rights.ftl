# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# Rights under the law. Only the heading is translated; everything else falls back to Spanish.

# Heading of the rights screen.
# REVIEW: same choice as home-menu-rights ("derecho" vs "hayñi").
rights-heading = Derechoykikuna
