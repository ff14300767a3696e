# Safer browsing: what the widget does, what it cannot do, and advice. Must stay true.

# Heading of the safer browsing screen.
browsing-heading = Navegar con más cuidado
# Intro.
browsing-intro = Esto es lo que esta herramienta hace por tu privacidad, y lo que no puede hacer.
# Section: what it does.
browsing-does-heading = Lo que hace
# Nothing is saved.
browsing-does-nothing-saved = No guarda nada en este teléfono o computadora: ni tus respuestas, ni tu ubicación, ni cookies.
# Quick exit leaves no way back.
browsing-does-no-way-back = Con «Salir rápido», la pantalla se borra al instante y el botón «Atrás» no vuelve aquí.
# Section: what it cannot do.
browsing-cannot-heading = Lo que no puede hacer
# It cannot erase history.
browsing-cannot-history = No puede borrar tu historial, ni lo que escribiste en otras páginas o buscadores.
# It cannot beat spyware.
browsing-cannot-spyware = No puede protegerte de un programa espía en el teléfono, ni de quien revise tu red de internet.
# Section: advice.
browsing-advice-heading = Consejos
# Private window.
browsing-advice-private = Usa una ventana privada o de incógnito.
# A safer device.
browsing-advice-device = Si crees que alguien revisa tu teléfono, usa otro: el de una amiga o uno público.
# Delete single entries.
browsing-advice-delete = Borra solo las páginas que importan del historial. Borrar todo puede llamar la atención.
# Calls show in the call log.
browsing-advice-calls = Las llamadas quedan en el registro del teléfono, y pueden salir en el recibo.
