# DRAFT: needs review by a native speaker (Aymara, Peru).
# The safety note shown first on every page load.

# Heading of the note.
# REVIEW: "janïra qalltkasax" for "before starting".
note-heading = Janïra qalltkasax
# What the red button does.
# REVIEW: "común" rendered as "an everyday page"; check it says the page turns into an ordinary page.
note-exit-button = Jank'ak mistuñ munsta ukhaxa, wila «Jank'aki mistuña» botón llamkt'am. Aka páginax yaqha sapüru páginaruw mayjt'i.
# The keyboard shortcut.
# REVIEW: "jank'aki" (quickly) used for "seguidas" (one after another); same verb doubt as exit-shortcut-hint.
note-exit-shortcut = Teclado utjchi ukhaxa, Shift teclaru 3 kuti jank'aki llamkt'araksmawa.
# Why Back does not return.
# «Atrás» stays in Spanish on purpose: it is the label the browser shows.
# REVIEW: whole sentence.
note-no-way-back = Mistuta qhipatxa, navegadoran «Atrás» botonapax janiw akar kutt'ayxaniti.
# Heading: what no website can do.
# REVIEW: impersonal "what cannot be done" instead of "what we cannot do".
note-limits-heading = Kunatix janiw lurañjamäkiti
# The history warning. Must say plainly that history is not erased.
# REVIEW: must say plainly that the history is NOT erased.
note-history = Janiw historialam chhaqtayañjamäkiti. Aka página, nayraqat uñakipta páginanakampix navegadoranwa qhiparaspa.
# Heading of the tips.
# REVIEW: "amuyt'asis sarnaqaña" (moving about thoughtfully) for "navegar con más cuidado".
note-tips-heading = Internetan juk'amp amuyt'asis sarnaqañataki
# Tip: private browsing.
# "ventana privada" / "incógnito" stay in Spanish: they are the browser's own menu labels.
note-tip-private = Ventana privada jan ukax incógnito apnaqam.
# Tip: a safer device.
# REVIEW: whole sentence, in particular "that nobody else checks".
note-tip-device = Atisma ukhaxa, khitis jan uñakipki uka teléfono jan ukax computadora apnaqam, mä amigaman jan ukax mä cabina pública.
# Tip: delete only some entries; clearing everything can raise suspicion.
# REVIEW: whole sentence.
note-tip-delete = Historialat imantañ munta páginanakakiw chhaqtayam. Taqpach chhaqtayañax yaqhanakar amuyayaspawa.
# Button that closes the note.
# REVIEW: "Jïsa, sarantañäni" (yes, let's go on) for "Entendido, continuar".
note-continue = Jïsa, sarantañäni
