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
guide-safety-first = Primero, su seguridad: pregunta si puede hablar ahora y si está en peligro. Si lo está, que llame al { -police-105-number }, o llama tú y da su dirección. Si no puede hablar libre, hazle preguntas que se respondan con «sí» o «no».
# Use the assessment (named as the menu names it) in helper mode; the volunteer reads and asks in her own words.
guide-self-assessment = Usa «Preguntas sobre tu seguridad» con la opción «Estoy ayudando a otra persona». Las preguntas están escritas sobre ella, para que las leas tú: pregúntale con tus propias palabras.
# Find services for her district.
guide-services = Busca los servicios cercanos a su distrito, no al tuyo.
# Explain her rights: reporting is free; the court's 24-hour deadline (Ley 31715), counted from when it receives the case. Not a promise of when measures arrive.
guide-rights = Explícale sus derechos con palabras sencillas: denunciar es gratis, y el juzgado tiene 24 horas como máximo para dar medidas de protección desde que recibe su caso (Ley 31715).
# Agree the next contact.
guide-next-contact = Acuerden cuándo y cómo volver a hablar, de una forma segura para ella.
# Section: what never to do.
guide-never-heading = Lo que nunca debes hacer
# Never confront the aggressor.
guide-never-confront = No enfrentes al agresor ni le cuentes lo que ella te dijo.
# Never push a decision; a report by the volunteer is planned with her.
guide-never-push = No la presiones para denunciar o dejar la casa. La decisión es suya. Si denuncias tú, hazlo de acuerdo con ella: puede aumentar el peligro.
# Never share her story.
guide-never-share = No compartas su historia con otras personas sin su permiso.
