# The start screen.

# Heading of the start screen. Neutral on purpose.
home-heading = ¿Cómo te podemos ayudar?
# The urgent line, above the numbers.
home-urgent = Si estás en peligro ahora, llama al { -police-105-number }.
# Button that shows the safety note again.
home-safety-note-link = Cómo funciona la salida rápida
# Accessible name of the menu of screens.
home-menu-label = Qué puedes hacer aquí
# Menu entry: all helplines.
home-menu-helplines = Números de ayuda
# Menu entry: rights under the law.
home-menu-rights = Tus derechos
# Menu entry: safety plan.
home-menu-safety-plan = Plan de seguridad
# Menu entry: safer browsing.
home-menu-safer-browsing = Navegar con más cuidado
# Menu entry: guide for volunteers who help by phone.
home-menu-helper-guide = Cómo acompañar a alguien por teléfono
# Menu entry: the self-assessment. Neutral on purpose.
home-menu-assessment = Preguntas sobre tu seguridad
# Menu entry: the service locator.
home-menu-locator = Servicios cerca de ti
