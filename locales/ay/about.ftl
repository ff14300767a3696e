# DRAFT: needs review by a native speaker (Aymara, Peru).
# About the locator's data. Only the heading is translated.
# Heading of the about-the-data screen.
# REVIEW: the same words as locator-about-link, which opens it.
about-heading = Aka yatiyäwinakat
