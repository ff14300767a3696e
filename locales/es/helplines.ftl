# Phone numbers. Only numbers verified in the reference file may appear here.

# Name of MIMP's helpline.
helplines-linea-100-name = { -linea-100-name }
# What Línea 100 offers.
helplines-linea-100-detail = Gratis, las 24 horas, todos los días. Atiende en castellano, quechua y aimara.
# Name of the police emergency line.
helplines-police-name = Policía Nacional: emergencias
# What 105 offers.
helplines-police-detail = Gratis, las 24 horas. Para un peligro ahora mismo.
# Name of SAMU.
helplines-samu-name = SAMU: emergencias médicas
# What 106 offers.
helplines-samu-detail = Gratis, las 24 horas. Si alguien está herido.
# Name of the firefighters' line.
helplines-fire-name = Bomberos
# What 116 offers.
helplines-fire-detail = Gratis, las 24 horas.
# Name of the mental health line.
helplines-mental-health-name = Salud mental: línea { -mental-health-113-number }, opción 5
# What 113 option 5 offers.
helplines-mental-health-detail = Gratis, las 24 horas. Marca { -mental-health-113-number } y luego la opción 5.
# Text of each call link; $number is the number dialled.
helplines-call = Llamar al { $number }
# Warning next to call links.
helplines-call-log-note = Las llamadas quedan en el registro del teléfono y pueden salir en la factura.
# Heading of the helplines screen.
helplines-heading = Números de ayuda
# Intro of the helplines screen.
helplines-intro = Todas estas llamadas son gratis. Si estás en peligro ahora, llama primero al { -police-105-number }.
# Línea 100 is often busy: always give the alternatives (reference: services section).
helplines-busy = Si la { -linea-100-name } está ocupada, vuelve a llamar. El MIMP también atiende por el Chat 100. También puedes ir al Centro Emergencia Mujer (CEM) más cercano.
