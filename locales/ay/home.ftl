# DRAFT: needs review by a native speaker (Aymara, Peru).
# The start screen.

# Heading of the start screen. Neutral on purpose.
# REVIEW: verb form "yanapt'apxsma" (we help you).
home-heading = ¿Kunjamsa yanapt'apxsma?
# The urgent line, above the numbers.
# REVIEW: "jan walt'äwi" for "danger", as in helplines-police-detail.
home-urgent = Jichhax jan walt'äwin uñjasiskta ukhaxa, { -police-105-number } numeroru jawsam.
# Button that shows the safety note again.
# REVIEW: "apnaqasi" (is used) for "funciona".
home-safety-note-link = Kunjamas jank'aki mistuñax apnaqasi
# Accessible name of the menu of screens.
# REVIEW: whole phrase.
home-menu-label = Akan kuns luraraksma
# Menu entry: all helplines.
home-menu-helplines = Yanapt'añ numeronaka
# Menu entry: rights under the law.
home-menu-rights = Derechonakama
# Menu entry: safety plan.
# REVIEW: "jark'aqasiña" (protect oneself) for "seguridad".
home-menu-safety-plan = Jark'aqasiñ plan
# Menu entry: safer browsing.
# REVIEW: same wording as note-tips-heading.
home-menu-safer-browsing = Internetan juk'amp amuyt'asis sarnaqaña
# Menu entry: guide for volunteers who help by phone.
# REVIEW: "acompañar" rendered as "yanapt'aña" (help).
home-menu-helper-guide = Kunjamsa teléfono tuqi maynir yanapt'aña
# Menu entry: the self-assessment. Neutral on purpose.
# REVIEW: "jark'aqasiña" (protect oneself) for "seguridad", as in home-menu-safety-plan; must stay discreet and neutral.
home-menu-assessment = Jark'aqasiñamat jiskt'anaka
# Menu entry: the service locator.
# REVIEW: same wording as locator-heading.
home-menu-locator = Jumar jak'a yanapt'äwinaka
