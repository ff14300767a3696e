# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# Phone numbers. Only numbers verified in the reference file may appear here.

# Name of MIMP's helpline.
helplines-linea-100-name = { -linea-100-name }
# What Línea 100 offers.
helplines-linea-100-detail = Gratis, sapa p'unchaw, p'unchaw tuta. Castellanopi, runasimipi, aymarapipas yanapanku.
# Name of the police emergency line.
helplines-police-name = Policía Nacional: emergenciakunapaq
# What 105 offers.
# REVIEW: Spanish loanword "peligro" (danger) kept; check it is the word speakers use. "Gratis" and the hours were dropped (issue 10: not verified for 105).
helplines-police-detail = Kunanpacha peligropi kaspaqa.
# Name of SAMU.
# REVIEW: "hampiypaq emergencia" for "emergencias médicas".
helplines-samu-name = SAMU: hampiypaq emergencia
# What 106 offers.
helplines-samu-detail = Pipas k'irisqa kaptin.
# Name of the firefighters' line.
helplines-fire-name = Bomberos
# What 116 offers.
# REVIEW: new draft (issue 10), "if a fire is burning"; "Gratis" and the hours were dropped (not verified).
helplines-fire-detail = Nina rupachkaptin.
# Name of the mental health line.
# REVIEW: "Salud mental" and "opción 5" kept in Spanish, as the phone menu says them; confirm.
helplines-mental-health-name = Salud mental: { -mental-health-113-number } línea, opción 5
# What 113 option 5 offers.
helplines-mental-health-detail = P'unchaw tuta. { -mental-health-113-number } marcay, chaymanta opción 5 akllay.
# Text of each call link; $number is the number dialled.
helplines-call = { $number } numeroman waqyay
# Warning next to call links.
helplines-call-log-note = Waqyasqaykiqa teléfonopa registronpi qhipakun, facturapipas rikhurinmanmi.
# Heading of the helplines screen.
helplines-heading = Yanapakuy numerokuna
# Intro of the helplines screen. Only Línea 100 is verified as free.
# REVIEW: "{ -linea-100-name }qa gratismi" (Línea 100 is free) is new (issue 10).
helplines-intro = Kunan peligropi kaspaqa, ñawpaqta { -police-105-number } numeroman waqyay. { -linea-100-name }qa gratismi.
# Línea 100 is often busy: always give the alternatives (reference: services section).
# "Chat 100" and "Centro Emergencia Mujer (CEM)" are service names: keep them in Spanish.
helplines-busy = { -linea-100-name } ocupado kaptinqa, yapamanta waqyay. Ministerio de la Mujer (MIMP) nisqaqa Chat 100 nisqapipas yanapanmi. Aswan qayllapi kaq Centro Emergencia Mujer (CEM) nisqamanpas riyta atinkim.
