# The start screen.

# Heading of the start screen. Neutral on purpose.
home-heading = ¿Cómo te podemos ayudar?
# The urgent line, above the numbers.
home-urgent = Si estás en peligro ahora, llama al { -police-105-number }.
# Button that shows the safety note again.
home-safety-note-link = Cómo funciona la salida rápida
