# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# The start screen.

# Heading of the start screen. Neutral on purpose.
home-heading = ¿Imaynatataq yanapasuykuman?
# The urgent line, above the numbers.
home-urgent = Kunan peligropi kaspaqa, { -police-105-number } numeroman waqyay.
# Button that shows the safety note again.
# REVIEW: "usqhaylla" vs Chanka "utqaylla", as in exit-button-label; "llamk'an" (works) for "funciona".
home-safety-note-link = Imaynatam usqhaylla lluqsiy llamk'an
# Accessible name of the menu of screens.
home-menu-label = Kaypi ima ruwayta atinki
# Menu entry: all helplines.
home-menu-helplines = Yanapakuy numerokuna
# Menu entry: rights under the law.
# REVIEW: loanword "derecho" chosen over the neologism "hayñi"; confirm which readers know.
home-menu-rights = Derechoykikuna
# Menu entry: safety plan.
# REVIEW: "amachakuy" (protect oneself) for "seguridad".
home-menu-safety-plan = Amachakunaykipaq plan
# Menu entry: safer browsing.
# REVIEW: "cuidakuy" (Spanish cuidar + -ku-) for "with more care".
home-menu-safer-browsing = Internetpi aswan allinta cuidakuy
# Menu entry: guide for volunteers who help by phone.
# REVIEW: "acompañar" rendered as "yanapay" (help); check it still reads as accompanying, not solving.
home-menu-helper-guide = Teléfonopi huk runata imaynata yanapana
# Menu entry: the self-assessment. Neutral on purpose.
# REVIEW: "amachakuy" (protect oneself) for "seguridad", as in home-menu-safety-plan; must stay discreet and neutral.
home-menu-assessment = Amachakunaykimanta tapukuykuna
# Menu entry: the service locator.
# REVIEW: same wording as locator-heading.
home-menu-locator = Qayllaykipi yanapakuykuna
