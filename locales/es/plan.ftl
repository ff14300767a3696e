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
# Where to keep it: with someone trusted first; at home only where the aggressor will not find it.
plan-bag-where = Si puedes, déjala en casa de alguien de confianza. Si la guardas en casa, que sea donde quien te hace daño no la encuentre: si la ve, puede darse cuenta de que piensas irte.
# Leaving or separating is a time of higher risk (a danger sign of the Lethality Screen): plan it with help. Must not discourage leaving.
plan-bag-leaving = El momento de irte o de separarte puede ser de más peligro. Si puedes, planéalo con la { -linea-100-name } o con un Centro Emergencia Mujer (CEM).
# Section: code word.
plan-code-heading = Una palabra clave
# Agree a code word, with someone who knows the address.
plan-code-word = Acuerda una palabra clave con alguien de confianza que sepa dónde vives. Si la dices o la escribes, esa persona llama al { -police-105-number } y da tu dirección.
# Learn numbers by heart.
plan-code-numbers = Aprende de memoria el { -police-105-number }, la { -linea-100-name } y el número de esa persona.
# Section: safe places.
plan-places-heading = Lugares seguros
# Where to go.
plan-places-where = Piensa a dónde puedes ir: la casa de un familiar o una amiga, la comisaría o el Centro Emergencia Mujer (CEM).
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
# Call 105. No "leave the line open" advice: nothing verifies how 105 handles a silent call, and a voice on an open line can give her away.
plan-emergency-call = Llama al { -police-105-number }. Si no puedes hablar sin que te escuchen, usa tu palabra clave con tu persona de confianza.
# Avoid dangerous rooms. Not "a fight": the violence is not two-sided.
plan-emergency-rooms = Si la persona que te hace daño se pone violenta, aléjate de la cocina y de los cuartos sin salida.
# Trust yourself.
plan-emergency-trust = Confía en lo que sientes. Si crees que estás en peligro, busca ayuda.
