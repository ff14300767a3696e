# Phone numbers. Only numbers verified in the reference file may appear here.

# Name of MIMP's helpline.
helplines-linea-100-name = { -linea-100-name }
# What Línea 100 offers.
helplines-linea-100-detail = Gratis, las 24 horas, todos los días. Atiende en castellano, quechua y aimara.
# Name of the police emergency line.
helplines-police-name = Policía Nacional: emergencias
# What 105 offers. Say nothing about cost or hours: the reference verifies only the number and the service.
helplines-police-detail = Para un peligro ahora mismo.
# Name of SAMU.
helplines-samu-name = SAMU: emergencias médicas
# What 106 offers. Nothing about cost or hours (not verified).
helplines-samu-detail = Si alguien está herido o enfermo de gravedad.
# Name of the firefighters' line.
helplines-fire-name = Bomberos
# What 116 offers. Nothing about cost or hours (not verified).
helplines-fire-detail = Si hay un incendio.
# Name of the mental health line.
helplines-mental-health-name = Salud mental: línea { -mental-health-113-number }, opción 5
# What 113 option 5 offers: 24 h is verified; cost is not.
helplines-mental-health-detail = Las 24 horas. Marca { -mental-health-113-number } y luego la opción 5.
# Text of each call link; $number is the number dialled.
helplines-call = Llamar al { $number }
# Warning next to call links.
helplines-call-log-note = Las llamadas quedan en el registro del teléfono, y pueden salir en el recibo.
# Heading of the helplines screen.
helplines-heading = Números de ayuda
# Intro of the helplines screen. Only Línea 100 is verified as free.
helplines-intro = Si estás en peligro ahora, llama primero al { -police-105-number }. La { -linea-100-name } es gratis.
# Línea 100 is often busy: always give the alternatives (reference: services section).
helplines-busy = Si la { -linea-100-name } está ocupada, vuelve a llamar. El Ministerio de la Mujer (MIMP) también atiende por el Chat 100. También puedes ir al Centro Emergencia Mujer (CEM) más cercano.
