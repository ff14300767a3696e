# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# Safety plan. Only the heading is translated; everything else falls back to Spanish.

# Heading of the safety plan screen.
# REVIEW: same wording as home-menu-safety-plan.
plan-heading = Amachakunaykipaq plan
