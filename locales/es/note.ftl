# The safety note shown first on every page load.

# Heading of the note.
note-heading = Antes de empezar
# What the red button does.
note-exit-button = Si necesitas salir de golpe, toca el botón rojo «Salir rápido». Esta página cambia a otra página común.
# The keyboard shortcut.
note-exit-shortcut = Con teclado, también puedes pulsar la tecla Shift 3 veces seguidas.
# Why Back does not return.
note-no-way-back = Después de salir, el botón «Atrás» del navegador no vuelve aquí.
# Heading: what no website can do.
note-limits-heading = Lo que no podemos hacer
# The history warning. Must say plainly that history is not erased.
note-history = No podemos borrar tu historial. Esta página y las que visitaste antes pueden quedar en el navegador.
# Heading of the tips.
note-tips-heading = Para navegar con más cuidado
# Tip: private browsing.
note-tip-private = Usa una ventana privada o de incógnito.
# Tip: a safer device.
note-tip-device = Si puedes, usa un teléfono o computadora que nadie más revise, como el de una amiga o una cabina pública.
# Tip: delete only some entries; clearing everything can raise suspicion.
note-tip-delete = Borra del historial solo las páginas que importan. Borrar todo puede llamar la atención.
# Button that closes the note.
note-continue = Entendido, continuar
