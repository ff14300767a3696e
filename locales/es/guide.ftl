# The guide for community volunteers and municipal staff who help someone by phone.

# Heading of the helper guide.
guide-heading = Cómo acompañar a alguien por teléfono
# Intro: who it is for.
guide-intro = Para lideresas, voluntarias y personal municipal que ayudan a otra persona.
# Section: the steps.
guide-steps-heading = Paso a paso
# Listen and believe.
guide-listen = Escucha con calma y cree lo que te cuenta. No la juzgues.
# Safety first.
guide-safety-first = Primero, su seguridad: pregunta si puede hablar ahora y si está en peligro. Si lo está, que llame al { -police-105-number }, o llama tú.
# Use the self-assessment in helper mode.
guide-self-assessment = Usa la autoevaluación en modo «Estoy ayudando a otra persona». Las preguntas salen en tercera persona para leerlas en voz alta.
# Find services for her district.
guide-services = Busca los servicios cercanos a su distrito, no al tuyo.
# Explain her rights.
guide-rights = Explícale sus derechos con palabras sencillas: denunciar es gratis y las medidas de protección llegan en 24 horas.
# Agree the next contact.
guide-next-contact = Acuerden cuándo y cómo volver a hablar, de una forma segura para ella.
# Section: what never to do.
guide-never-heading = Lo que nunca debes hacer
# Never confront the aggressor.
guide-never-confront = No enfrentes al agresor ni le cuentes lo que ella te dijo.
# Never push a decision.
guide-never-push = No la presiones para denunciar o dejar la casa. La decisión es suya.
# Never share her story.
guide-never-share = No compartas su historia con otras personas sin su permiso.
