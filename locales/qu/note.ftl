# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# The safety note shown first on every page load.

# Heading of the note.
note-heading = Manaraq qallarichkaspa
# What the red button does.
# REVIEW: "común" rendered as "as if nothing (were happening)"; check it says the page turns into an ordinary page.
note-exit-button = Usqhaylla lluqsinayki kaptinqa, puka «Usqhaylla lluqsiy» botonta ñit'iy. Kay páginaqa huk páginamanmi tikrakun, mana imapas kanchu hina.
# The keyboard shortcut.
# REVIEW: "qatinakuspa" for "seguidas" (one after another).
note-exit-shortcut = Teclado kaptinqa, Shift teclata 3 kutita qatinakuspa ñit'iytapas atinkim.
# Why Back does not return.
# «Atrás» stays in Spanish on purpose: it is the label the browser shows.
note-no-way-back = Lluqsisqaykimantaqa, navegadorpa «Atrás» botonninqa manañam kayman kutimunchu.
# The history warning. Must say plainly that history is not erased.
note-history = Historialniykitaqa manam chinkachiyta atiykuchu. Kay página, ñawpaqta watukusqayki páginakunapas navegadorpi qhipakunmanmi.
# Tip: private browsing, or a safer device.
# "ventana privada" / "incógnito" stay in Spanish: they are the browser's own menu labels.
# REVIEW: the former note-tip-device joined to this tip (issue 10, shorter note); check the two sentences read as one tip.
note-tip-private = Ventana privada utaq incógnito nisqata llamk'achiy. Atispaqa, mana pipas qhawananta teléfonota utaq computadorata llamk'achiy, huk amigaykipa hina utaq cabina públicapi.
# Tip: delete only some entries; clearing everything can raise suspicion.
note-tip-delete = Historialmanta pakanayki páginakunallata chinkachiy. Llapanta chinkachiyqa pipas reparanmanmi.
# Button that closes the note.
note-continue = Ari, qatisun
