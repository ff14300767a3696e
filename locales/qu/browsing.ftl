# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# Safer browsing. Only the heading is translated; everything else falls back to Spanish.

# Heading of the safer browsing screen.
# REVIEW: same wording as home-menu-safer-browsing.
browsing-heading = Internetpi aswan allinta cuidakuy
