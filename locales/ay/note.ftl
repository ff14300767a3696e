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
# The history warning. Must say plainly that history is not erased.
# REVIEW: must say plainly that the history is NOT erased.
note-history = Janiw historialam chhaqtayañjamäkiti. Aka página, nayraqat uñakipta páginanakampix navegadoranwa qhiparaspa.
# Tip: private browsing, or a safer device.
# REVIEW: the former note-tip-device joined to this tip (issue 10, shorter note); check the two sentences read as one tip.
note-tip-private = Ventana privada jan ukax incógnito apnaqam. Atisma ukhaxa, khitis jan uñakipki uka teléfono jan ukax computadora apnaqam, mä amigaman jan ukax mä cabina pública.
# Tip: delete only some entries; clearing everything can raise suspicion.
# REVIEW: whole sentence.
note-tip-delete = Historialat imantañ munta páginanakakiw chhaqtayam. Taqpach chhaqtayañax yaqhanakar amuyayaspawa.
# Button that closes the note.
# REVIEW: "Jïsa, sarantañäni" (yes, let's go on) for "Entendido, continuar".
note-continue = Jïsa, sarantañäni
