# DRAFT: needs review by a native speaker (Aymara, Peru).
# Safety plan. Only the heading is translated; everything else falls back to Spanish.

# Heading of the safety plan screen.
# REVIEW: same wording as home-menu-safety-plan.
plan-heading = Jark'aqasiñ plan
