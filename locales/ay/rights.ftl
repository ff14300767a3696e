# DRAFT: needs review by a native speaker (Aymara, Peru).
# Rights under the law. Only the heading is translated; everything else falls back to Spanish.

# Heading of the rights screen.
rights-heading = Derechonakama
