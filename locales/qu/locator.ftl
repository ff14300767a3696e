# DRAFT: needs review by a native speaker (Southern Quechua / Quechua sureño, Peru).
# The service locator: nearest CEM, police station and MIMP services, offline.

# Heading of the locator screen.
# REVIEW: "yanapakuykuna" (helps) for "servicios"; same wording as home-menu-locator.
locator-heading = Qayllaykipi yanapakuykuna
# Intro: what it finds and that it works without internet.
locator-intro = Aswan qayllapi kaq Centro Emergencia Mujer (CEM) nisqata, comisaríatapas tariy.
# Button that asks the browser for the position. Only ever after a tap.
# REVIEW: "maypi kasqay" (where I am) for "mi ubicación", used in every locator message.
locator-use-location = Maypi kasqayta llamk'achiy
# Privacy note under the location button. Must stay true.
# REVIEW: must stay a true, plain promise: not saved, not sent, erased on leaving.
locator-location-note = Maypi kasqaykiqa manam waqaychakunchu, manam mayman kachakunchu. Lluqsiptiykiqa chinkanmi.
# Status while the browser looks for the position.
locator-locating = Maypi kasqaykita maskachkan…
# Status when the permission was refused. Calm; offer the list.
# REVIEW: "uraypi kaq" (that is below) for "de abajo", used in the four status messages.
locator-denied = Manam maypi kasqaykita llamk'achiyta atikurqanchu. Allinmi: uraypi kaq listapi distritoykita akllay.
# Status when finding the position took too long.
locator-timed-out = Maypi kasqaykita tarinanpaq nisyuta unirqan. Uraypi kaq listapi distritoykita akllay.
# Status when the device or browser cannot give a position.
locator-unavailable = Kay teléfono utaq navegadorqa manam maypi kasqaykita qunchu. Uraypi kaq listapi distritoykita akllay.
# Status when the position is outside Peru.
locator-outside-peru = Maypi kasqaykiqa Perú hawapi hinam. Uraypi kaq listapi huk distritota akllay.
# Heading of the district picker.
locator-picker-heading = Distritota akllay
# Label of the district search box.
locator-search-label = Distritopa sutinta qillqay
# Read by screen readers as results appear; $count is a number.
# Quechua does not pluralise a noun after a number, so both variants say "distrito".
locator-search-count =
    { $count ->
        [one] 1 distrito tarisqa
       *[other] { $count } distrito tarisqa
    }
# Shown when no district matches the text typed.
locator-search-none = Manam chay distritota tarirqaykuchu. Imaynata qillqakusqanta qhaway utaq listakunata llamk'achiy.
# Label of the department list.
locator-department-label = Departamento
# Label of the province list.
locator-province-label = Provincia
# Label of the district list.
locator-district-label = Distrito
# First option of each list.
locator-choose-option = Hukta akllay
# Heading of the results for the device's position.
locator-near-here = Maypi kasqayki qayllapi
# Heading of the results for a district; $district is its name.
# REVIEW: the district name is Spanish and cannot take suffixes, hence "Qayllanpi:" (near it) and a colon.
locator-near-district = Qayllanpi: { $district }
# Added when the district has no point and its province's capital is used.
locator-from-province = (provinciapa capitalninmanta tupusqa)
# Added when the department's capital is used.
locator-from-department = (departamentopa capitalninmanta tupusqa)
# Heading of the municipality's own contacts.
# REVIEW: loanword "contacto"; check speakers would say it or prefer "teléfonokuna".
locator-local-heading = Municipalidadniykipa contactonkuna
# Badge on a local contact.
# REVIEW: Spanish "Local" kept as a short badge; confirm it is understood.
locator-local-badge = Local
# Heading of the CEM results.
# "Centro Emergencia Mujer (CEM)" is a service name: kept in Spanish.
locator-cem-heading = Centros Emergencia Mujer (CEM)
# Heading of the police results.
locator-police-heading = Comisaríakuna
# Heading of other MIMP services close by (SAU, SAR).
locator-other-heading = Ministerio de la Mujer (MIMP) nisqapa huk yanapakuyninkuna qayllapi
# Straight-line distance; $km is already written with its decimal.
# REVIEW: "chiqan siqipi" (in a straight line); must say it is not the distance by road.
locator-distance = { $km } km karupi, chiqan siqipi
# Flag for a point that may be far from the real place.
# REVIEW: "yaqa" (almost) for "aproximada"; "direccionta tapukuy" (ask the address) for "confirma la dirección".
locator-approximate = Yaqa maypi kasqanlla: teléfonowan direccionta tapukuy.
# Note on a CEM that works inside a police station.
locator-inside-comisaria = Huk comisaría ukhupi llamk'an.
# Name of a police station the data does not name.
locator-police-name = Comisaría (Policía Nacional)
# Where a police station is, and the year of the data; $district and $year.
# REVIEW: "Maypi:" (where) + colon, as the district name cannot take suffixes.
locator-police-where = Maypi: { $district }. { $year } watamanta willakuykuna: manaraq rispa tapukuy.
# Kind: CEM.
# REVIEW: "ley, psicología, social" kept as loanwords for the three kinds of help.
locator-kind-cem = Centro Emergencia Mujer: gratis yanapan, ley, psicología, social nisqapi.
# Kind: SAU. It is reached through Línea 100, not a walk-in place.
# REVIEW: new draft (issue 10), not yet seen by a native speaker. It must say plainly: ask for it by calling Línea 100, do not just go there.
locator-kind-sau = Servicio de Atención Urgente (SAU), Ministerio de la Mujer nisqapa: usqhaylla yanapakuy. { -linea-100-name }man waqyaspa mañakuy.
# Kind: SAR, a rural service; Línea 100 says how to reach it.
# REVIEW: new draft (issue 10), not yet seen by a native speaker.
locator-kind-sar = Servicio de Atención Rural (SAR), Ministerio de la Mujer nisqapa: ayllukunapi yanapakuy. Imayna chayanaykipaq { -linea-100-name }man waqyay.
# Kind: police station.
locator-kind-police = Policía Nacionalpa comisarían.
# Kind of local contact: a municipal squad such as Escuadrón Violeta.
locator-kind-squad = Warmikunata yanapaq municipalidadpa equipon.
# Kind of local contact: Serenazgo.
locator-kind-serenazgo = Municipalidadpa Serenazgon.
# Kind of local contact: the women's office.
locator-kind-women-office = Municipalidadpa warmikunapaq oficinan.
# Kind of local contact: DEMUNA.
# REVIEW: "wawakuna, maqtakuna, sipaskuna" for "niñas, niños y adolescentes"; "derecho" loanword as in home-menu-rights.
locator-kind-demuna = DEMUNA: wawakunapa, maqtakunapa, sipaskunapa derechonkunata amachan.
# Kind of local contact: anything else.
locator-kind-other = Municipalidadpa contacton.
# Opening hours of a local contact; $hours as the municipality wrote them.
# REVIEW: Spanish "Horario" kept, since $hours is written in Spanish by the municipality.
locator-hours = Horario: { $hours }
# Shown when a place has no phone.
locator-no-phone = Teléfononqa manam willakusqachu.
# Link that opens the place in the phone's map app.
locator-map-link = Mapa appnipi kichay
# Warning before the map link: it leaves the widget and may be recorded.
locator-map-warning = Kayqa kay páginamanta lluqsin, huk appnipi waqaychakunmanmi.
# Always shown: Línea 100 helps too, including to reach a shelter.
# REVIEW: loanword "refugio" for "shelter"; "yuyaychasunki" (they advise you).
locator-linea-100 = { -linea-100-name } nisqamanpas gratis waqyayta atinkim, p'unchaw tuta. Yuyaychasunki, refugioman chayanaykipaqpas yanapasunki.
# The data line; $mimp and $police are years.
locator-data-as-of = Willakuykuna: Ministerio de la Mujer (MIMP) nisqapa { $mimp } directorion, Instituto Nacional de Estadística e Informática (INEI) nisqapa { $police } comisaríankuna. Karukayqa chiqan siqipi tupusqam.
# Link to the about-the-data screen.
locator-about-link = Kay willakuykunamanta
# Shown while the list of services arrives (the first time the locator opens).
# REVIEW: new draft (issue 10), not yet seen by a native speaker. "apamuchkan" (is bringing) for "cargando".
locator-data-loading = Yanapakuykunapa listanta apamuchkan…
# Shown when the list of services could not be loaded. Always give a way to get help.
# REVIEW: new draft (issue 10), not yet seen by a native speaker. It must give Línea 100 plainly as the way out.
locator-data-failed = Yanapakuykunapa listanqa manam chayamurqanchu. { -linea-100-name }man gratis waqyay: aswan qayllapi kaq Centro Emergencia Mujer (CEM) nisqata willasunkim.
