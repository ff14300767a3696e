# The safety plan: a checklist to read, never to fill in or save.

# Heading of the safety plan screen.
plan-heading = Plan de seguridad
# Intro: read only, nothing is saved.
plan-intro = Lee estas ideas y quédate con las que te sirvan. Nada de esto se guarda.
# Section: documents.
plan-documents-heading = Documentos
# Keep documents at hand.
plan-documents-keep = Ten a mano tu DNI, el de tus hijas e hijos, sus partidas de nacimiento y tus recetas médicas.
# Copies with someone trusted.
plan-documents-copies = Si puedes, deja copias con alguien de confianza.
# Section: a ready bag.
plan-bag-heading = Una bolsa lista
# What goes in the bag.
plan-bag-ready = Prepara una bolsa con ropa, medicinas, llaves, un cargador y algo de dinero.
# Where to keep it.
plan-bag-where = Guárdala donde puedas sacarla rápido, o en casa de alguien de confianza.
# Section: code word.
plan-code-heading = Una palabra clave
# Agree a code word.
plan-code-word = Acuerda una palabra clave con alguien de confianza. Si la dices o la escribes, esa persona llama al { -police-105-number }.
# Learn numbers by heart.
plan-code-numbers = Aprende de memoria el { -police-105-number }, la { -linea-100-name } y el número de esa persona.
# Section: safe places.
plan-places-heading = Lugares seguros
# Where to go.
plan-places-where = Piensa a dónde puedes ir: la casa de un familiar o una amiga, la comisaría o el CEM.
# How to get there.
plan-places-route = Piensa cómo llegar, también de noche.
# Section: children.
plan-children-heading = Tus hijas e hijos
# Teach children to get help.
plan-children-teach = Enséñales a pedir ayuda a un vecino de confianza y a llamar al { -police-105-number }.
# School pick-up.
plan-children-school = Avisa en su colegio quién puede recogerlos y quién no.
# Section: emergencies.
plan-emergency-heading = En una emergencia
# Call 105.
plan-emergency-call = Llama al { -police-105-number }. Si no puedes hablar, deja la llamada abierta.
# Avoid dangerous rooms.
plan-emergency-rooms = Si hay una pelea, aléjate de la cocina y de los cuartos sin salida.
# Trust yourself.
plan-emergency-trust = Confía en lo que sientes. Si crees que estás en peligro, busca ayuda.
