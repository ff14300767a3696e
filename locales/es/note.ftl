# The safety note shown first on every page load.

# Heading of the note.
note-heading = Antes de empezar
# What the red button does.
note-exit-button = Para salir rápido, toca el botón rojo «Salir rápido»: se abre otra página, sin relación con esta.
# The keyboard shortcut.
note-exit-shortcut = Con teclado: pulsa Shift 3 veces seguidas.
# Why Back does not return.
note-no-way-back = Luego, el botón «Atrás» no vuelve aquí.
# The history warning. Must say plainly that history is not erased.
note-history = No podemos borrar tu historial: esta página puede quedar en el navegador.
# Tip: private browsing, or a safer device.
note-tip-private = Es más seguro usar una ventana de incógnito o el teléfono de alguien de confianza.
# Tip: delete only some entries; clearing everything can raise suspicion.
note-tip-delete = Si borras el historial, borra solo estas páginas: borrar todo puede llamar la atención.
# Button that closes the note.
note-continue = Entendido, continuar
