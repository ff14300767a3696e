# Quick exit: the red button and the Shift shortcut.

# Hidden text read by screen readers before the button label.
exit-button-prefix = Emergencia:
# The button that leaves at once. Short: it must fit on a small phone.
exit-button-label = Salir rápido
# Shown next to the button on devices with a keyboard.
exit-shortcut-hint = O pulsa la tecla Shift 3 veces.
# Read by screen readers after each Shift press; $count is 1 or 2.
exit-shortcut-remaining =
    { $count ->
        [one] Pulsa Shift 1 vez más para salir.
       *[other] Pulsa Shift { $count } veces más para salir.
    }
# Read when 5 seconds pass without the next Shift press.
exit-shortcut-expired = Se canceló la salida con Shift.
# The only text on the blank screen while the next page loads. Must look like any page loading.
exit-overlay-text = Cargando.
