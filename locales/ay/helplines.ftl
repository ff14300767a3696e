# DRAFT: needs review by a native speaker (Aymara, Peru).
# Phone numbers. Only numbers verified in the reference file may appear here.

# Name of MIMP's helpline.
helplines-linea-100-name = { -linea-100-name }
# What Línea 100 offers.
helplines-linea-100-detail = Gratis, sapa uru, uru aruma. Castellano, qhichwa, aymar arunakanwa yanapapxi.
# Name of the police emergency line.
helplines-police-name = Policía Nacional: emergencianakataki
# What 105 offers.
# REVIEW: "jan walt'äwi" for "danger"; "jichpacha" for "right now".
helplines-police-detail = Jichpach jan walt'äwin uñjasiskta ukhaxa.
# Name of SAMU.
# REVIEW: "usut" (of illness) for "médicas".
helplines-samu-name = SAMU: usut emergencianakataki
# What 106 offers.
# REVIEW: "usuchjata" for "injured".
helplines-samu-detail = Khitis usuchjatächi ukhaxa.
# Name of the firefighters' line.
helplines-fire-name = Bomberos
# What 116 offers.
# REVIEW: new draft (issue 10), "when there is fire"; "Gratis" and the hours were dropped (not verified).
helplines-fire-detail = Nina utjki ukhaxa.
# Name of the mental health line.
# REVIEW: "Salud mental" and "opción 5" kept in Spanish, as the phone menu says them; confirm.
helplines-mental-health-name = Salud mental: { -mental-health-113-number } línea, opción 5
# What 113 option 5 offers.
# REVIEW: "marcam" (Spanish marcar) for "dial"; "ajllim" for "choose".
helplines-mental-health-detail = Uru aruma. { -mental-health-113-number } marcam, ukatsti opción 5 ajllim.
# Text of each call link; $number is the number dialled.
helplines-call = { $number } numeroru jawsam
# Warning next to call links.
# REVIEW: whole sentence.
helplines-call-log-note = Jawsatanakax teléfono registronwa qhipari, facturansa uñstaspawa.
# Heading of the helplines screen.
helplines-heading = Yanapt'añ numeronaka
# Intro of the helplines screen. Only Línea 100 is verified as free.
# REVIEW: "jan walt'äwi" for "danger", as in helplines-police-detail; "{ -linea-100-name } ukax gratisawa" (Línea 100 is free) is new (issue 10).
helplines-intro = Jichhax jan walt'äwin uñjasiskta ukhaxa, nayraqatax { -police-105-number } numeroru jawsam. { -linea-100-name } ukax gratisawa.
# Línea 100 is often busy: always give the alternatives (reference: services section).
# "Chat 100" and "Centro Emergencia Mujer (CEM)" are service names: keep them in Spanish.
# REVIEW: whole sentence.
helplines-busy = { -linea-100-name } ocupado ukhaxa, wasitat jawsam. Ministerio de la Mujer (MIMP) ukax Chat 100 tuqirakiw yanapi. Jak'a Centro Emergencia Mujer (CEM) ukarus saraksmawa.
