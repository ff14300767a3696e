# DRAFT: needs review by a native speaker (Aymara, Peru).
# Safer browsing. Only the heading is translated; everything else falls back to Spanish.

# Heading of the safer browsing screen.
# REVIEW: same wording as home-menu-safer-browsing.
browsing-heading = Internetan juk'amp amuyt'asis sarnaqaña
