# DRAFT: needs review by a native speaker (Aymara, Peru).
# The service locator: nearest CEM, police station and MIMP services, offline.

# Heading of the locator screen.
# REVIEW: "jumar jak'a" (near you) + "yanapt'äwinaka" (helps) for "servicios"; same wording as home-menu-locator.
locator-heading = Jumar jak'a yanapt'äwinaka
# Intro: what it finds and that it works without internet.
# REVIEW: "jikxatam" (find) and "apnaqasiwa" (is used) for "funciona".
locator-intro = Juk'amp jak'a Centro Emergencia Mujer (CEM) ukat comisaría jikxatam.
# Button that asks the browser for the position. Only ever after a tap.
# REVIEW: "kawkinkasktsa" (where I am) for "mi ubicación", used in every locator message.
locator-use-location = Kawkinkasktsa uk apnaqaña
# Privacy note under the location button. Must stay true.
# REVIEW: whole sentence; must stay a true, plain promise: not saved, not sent, erased on leaving.
locator-location-note = Kawkinkasktas ukax janiw imatäkiti, janirakiw kawkirus apayatäkiti. Mistusma ukhaxa chhaqtayatawa.
# Status while the browser looks for the position.
locator-locating = Kawkinkasktas uk thaqaski…
# Status when the permission was refused. Calm; offer the list.
# REVIEW: "aka manqha" (here below) for "de abajo", used in the four status messages.
locator-denied = Janiw kawkinkasktas uk apnaqañjamäkiti. Walikiwa: aka manqha listan distritoma ajllim.
# Status when finding the position took too long.
# REVIEW: whole sentence.
locator-timed-out = Kawkinkasktas uk thaqañax sinti jaya pachaw aparaki. Aka manqha listan distritoma ajllim.
# Status when the device or browser cannot give a position.
locator-unavailable = Aka teléfono jan ukax navegadorax janiw kawkinkasktas uk churkiti. Aka manqha listan distritoma ajllim.
# Status when the position is outside Peru.
# REVIEW: "anqan" (outside) for "fuera".
locator-outside-peru = Kawkinkasktas ukax Perú anqanjamawa. Aka manqha listan mä distrito ajllim.
# Heading of the district picker.
locator-picker-heading = Distrito ajlliña
# Label of the district search box.
locator-search-label = Distriton sutip qillqt'am
# Read by screen readers as results appear; $count is a number.
# Aymara does not pluralise a noun after a number, so both variants say "distrito".
locator-search-count =
    { $count ->
        [one] 1 distrito jikxatata
       *[other] { $count } distrito jikxatata
    }
# Shown when no district matches the text typed.
# REVIEW: whole sentence.
locator-search-none = Janiw uka distrito jikxatapktti. Kunjams qillqasi uk uñakipam jan ukax listanak apnaqam.
# Label of the department list.
locator-department-label = Departamento
# Label of the province list.
locator-province-label = Provincia
# Label of the district list.
locator-district-label = Distrito
# First option of each list.
locator-choose-option = Maynir ajllim
# Heading of the results for the device's position.
locator-near-here = Kawkinkasktas uka jak'ana
# Heading of the results for a district; $district is its name.
# REVIEW: the district name is Spanish and cannot take suffixes, hence "Jak'ana:" (near) and a colon.
locator-near-district = Jak'ana: { $district }
# Added when the district has no point and its province's capital is used.
# REVIEW: "tupuyata" (measured).
locator-from-province = (provincian capitalapat tupuyata)
# Added when the department's capital is used.
locator-from-department = (departamenton capitalapat tupuyata)
# Heading of the municipality's own contacts.
# REVIEW: loanword "contacto"; check speakers would say it or prefer "teléfononaka".
locator-local-heading = Municipalidadaman contactonakapa
# Badge on a local contact.
# REVIEW: Spanish "Local" kept as a short badge; confirm it is understood.
locator-local-badge = Local
# Heading of the CEM results.
# "Centro Emergencia Mujer (CEM)" is a service name: kept in Spanish.
locator-cem-heading = Centros Emergencia Mujer (CEM)
# Heading of the police results.
locator-police-heading = Comisarianaka
# Heading of other MIMP services close by (SAU, SAR).
locator-other-heading = Ministerio de la Mujer (MIMP) ukan yaqha yanapt'äwinakapa jak'ana
# Straight-line distance; $km is already written with its decimal.
# REVIEW: "chiqa thakin" (on a straight path) must say it is not the distance by road.
locator-distance = { $km } km jayana, chiqa thakin
# Flag for a point that may be far from the real place.
# REVIEW: "niya" (almost) for "aproximada"; "jiskt'am" (ask) for "confirma".
locator-approximate = Niya kawkinkisa: direccionap teléfono tuqi jiskt'am.
# Note on a CEM that works inside a police station.
locator-inside-comisaria = Mä comisaría manqhanwa irnaqi.
# Name of a police station the data does not name.
locator-police-name = Comisaría (Policía Nacional)
# Where a police station is, and the year of the data; $district and $year.
# REVIEW: "Kawkina:" (where) + colon, as the district name cannot take suffixes; "janïr sarkasax" (before going).
locator-police-where = Kawkina: { $district }. { $year } mara yatiyäwinakapa: janïr sarkasax jiskt'am.
# Kind: CEM.
# REVIEW: "ley, psicología, social" kept as loanwords for the three kinds of help.
locator-kind-cem = Centro Emergencia Mujer: gratis yanapt'i, ley, psicología, social tuqita.
# Kind: SAU. It is reached through Línea 100, not a walk-in place.
# REVIEW: new draft (issue 10), not yet seen by a native speaker. It must say plainly: ask for it by calling Línea 100.
locator-kind-sau = Servicio de Atención Urgente (SAU), Ministerio de la Mujer ukana: jank'aki yanapt'äwi. { -linea-100-name } ukar jawsasaw mayiñama.
# Kind: SAR, a rural service; Línea 100 says how to reach it.
# REVIEW: new draft (issue 10), not yet seen by a native speaker.
locator-kind-sar = Servicio de Atención Rural (SAR), Ministerio de la Mujer ukana: ayllunakan yanapt'äwi. Kunjams puriñama uk yatiñatakix { -linea-100-name } ukar jawsam.
# Kind: police station.
locator-kind-police = Policía Nacional ukan comisariapa.
# Kind of local contact: a municipal squad such as Escuadrón Violeta.
locator-kind-squad = Warminakar yanapt'ir municipalidad equipo.
# Kind of local contact: Serenazgo.
locator-kind-serenazgo = Municipalidadan Serenazgopa.
# Kind of local contact: the women's office.
locator-kind-women-office = Municipalidadan warminakatak oficinapa.
# Kind of local contact: DEMUNA.
# REVIEW: "wawanaka, waynanaka, tawaqunaka" for "niñas, niños y adolescentes"; "arxati" (defends).
locator-kind-demuna = DEMUNA: wawanakan, waynanakan, tawaqunakan derechonakap arxati.
# Kind of local contact: anything else.
locator-kind-other = Municipalidadan contactopa.
# Opening hours of a local contact; $hours as the municipality wrote them.
# REVIEW: Spanish "Horario" kept, since $hours is written in Spanish by the municipality.
locator-hours = Horario: { $hours }
# Shown when a place has no phone.
locator-no-phone = Janiw teléfono numeropax uñt'ayatäkiti.
# Link that opens the place in the phone's map app.
# REVIEW: "jist'araña" (to open).
locator-map-link = Mapa appan jist'araña
# Warning before the map link: it leaves the widget and may be recorded.
# REVIEW: whole sentence; must warn that the other app may keep a record.
locator-map-warning = Akax aka páginat mistuwa, yaqha appan imatäspawa.
# Always shown: Línea 100 helps too, including to reach a shelter.
# REVIEW: loanword "refugio" for "shelter"; "iwxt'apxtamwa" (they advise you).
locator-linea-100 = { -linea-100-name } ukarus gratis jawsaraksmawa, uru aruma. Jupanakax iwxt'apxtamwa, refugio ukar puriñatakis yanapt'apxtamwa.
# The data line; $mimp and $police are years.
locator-data-as-of = Yatiyäwinaka: Ministerio de la Mujer (MIMP) { $mimp } directorio, Instituto Nacional de Estadística e Informática (INEI) { $police } comisarianaka. Jayanakax chiqa thakin tupuyatawa.
# Link to the about-the-data screen.
locator-about-link = Aka yatiyäwinakat
# Shown while the list of services arrives (the first time the locator opens).
# REVIEW: new draft (issue 10), not yet seen by a native speaker. "apanintaski" (is being brought) for "cargando".
locator-data-loading = Yanapt'äwinakan listap apanintaski…
# Shown when the list of services could not be loaded. Always give a way to get help.
# REVIEW: new draft (issue 10), not yet seen by a native speaker. It must give Línea 100 plainly as the way out.
locator-data-failed = Yanapt'äwinakan listapax janiw purinkiti. { -linea-100-name } ukar gratis jawsam: juk'amp jak'a Centro Emergencia Mujer (CEM) uk yatiyapxtamwa.
