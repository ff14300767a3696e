# The service locator: nearest CEM, police station and MIMP services, offline.

# Heading of the locator screen.
locator-heading = Servicios cerca de ti
# Intro of the locator. The list is fetched the first time; only the search is offline.
locator-intro = Encuentra el Centro Emergencia Mujer (CEM) y la comisaría más cercanos. La lista se descarga una vez; luego la búsqueda funciona sin internet.
# Button that asks the browser for the position. Only ever after a tap.
locator-use-location = Usar mi ubicación
# Privacy note under the location button. Must stay true.
locator-location-note = Tu ubicación no se guarda ni se envía a ningún lugar. Se borra al salir.
# Status while the browser looks for the position.
locator-locating = Buscando tu ubicación…
# Status when the permission was refused. Calm; offer the list.
locator-denied = No se pudo usar tu ubicación. Está bien: elige tu distrito en la lista de abajo.
# Status when finding the position took too long.
locator-timed-out = Tu ubicación tardó demasiado. Elige tu distrito en la lista de abajo.
# Status when the device or browser cannot give a position.
locator-unavailable = Este teléfono o navegador no da la ubicación. Elige tu distrito en la lista de abajo.
# Status when the position is outside Peru.
locator-outside-peru = Tu ubicación parece estar fuera del Perú. Elige un distrito en la lista de abajo.
# Heading of the district picker.
locator-picker-heading = Elegir distrito
# Label of the district search box.
locator-search-label = Escribe el nombre del distrito
# Read by screen readers as results appear; $count is a number.
locator-search-count =
    { $count ->
        [one] 1 distrito encontrado
       *[other] { $count } distritos encontrados
    }
# Shown when no district matches the text typed.
locator-search-none = No encontramos ese distrito. Revisa cómo se escribe o usa las listas.
# Label of the department list.
locator-department-label = Departamento
# Label of the province list.
locator-province-label = Provincia
# Label of the district list.
locator-district-label = Distrito
# First option of each list.
locator-choose-option = Elige una opción
# Heading of the results for the device's position.
locator-near-here = Cerca de tu ubicación
# Heading of the results for a district; $district is its name.
locator-near-district = Cerca de { $district }
# Added when the district has no point and its province's capital is used.
locator-from-province = (medido desde la capital de la provincia)
# Added when the department's capital is used.
locator-from-department = (medido desde la capital del departamento)
# Heading of the municipality's own contacts.
locator-local-heading = Contactos de tu municipalidad
# Badge on a local contact.
locator-local-badge = Local
# Heading of the CEM results.
locator-cem-heading = Centros Emergencia Mujer (CEM)
# Heading of the police results.
locator-police-heading = Comisarías
# Heading of other MIMP services close by (SAU, SAR).
locator-other-heading = Otros servicios del Ministerio de la Mujer (MIMP) cerca
# Straight-line distance; $km is already written with its decimal.
locator-distance = A { $km } km en línea recta
# Flag for a point that may be far from the real place.
locator-approximate = Ubicación aproximada: confirma la dirección por teléfono.
# Note on a CEM that works inside a police station.
locator-inside-comisaria = Funciona dentro de una comisaría.
# Name of a police station the data does not name.
locator-police-name = Comisaría (Policía Nacional)
# Where a police station is, and the year of the data; $district and $year.
locator-police-where = En { $district }. Esta información es de { $year } y puede haber cambiado.
# Kind: CEM.
locator-kind-cem = Centro Emergencia Mujer: ayuda legal, psicológica y social gratis.
# Kind: SAU. It is reached through Línea 100, not a walk-in place.
locator-kind-sau = Servicio de Atención Urgente (SAU) del Ministerio de la Mujer: ayuda urgente que se pide llamando a la { -linea-100-name }. No es un lugar para ir sin llamar.
# Kind: SAR, a rural service; Línea 100 says how to reach it.
locator-kind-sar = Servicio de Atención Rural (SAR) del Ministerio de la Mujer: ayuda en zonas rurales. Llama a la { -linea-100-name } para saber cómo llegar.
# Kind: police station.
locator-kind-police = Comisaría de la Policía Nacional.
# Kind of local contact: a municipal squad such as Escuadrón Violeta.
locator-kind-squad = Equipo municipal de atención a mujeres.
# Kind of local contact: Serenazgo.
locator-kind-serenazgo = Serenazgo de la municipalidad.
# Kind of local contact: the women's office.
locator-kind-women-office = Oficina de la mujer de la municipalidad.
# Kind of local contact: DEMUNA.
locator-kind-demuna = DEMUNA: defensoría de niñas, niños y adolescentes.
# Kind of local contact: anything else.
locator-kind-other = Contacto de la municipalidad.
# Opening hours of a local contact; $hours as the municipality wrote them.
locator-hours = Horario: { $hours }
# Shown when a place has no phone.
locator-no-phone = No tiene teléfono publicado.
# Link that opens the place in the phone's map app.
locator-map-link = Abrir en una app de mapas
# Warning before the map link: it leaves the widget and may be recorded.
locator-map-warning = Esto sale de esta página y puede quedar guardado en la otra app.
# Always shown: Línea 100 helps too, including to reach a shelter.
locator-linea-100 = También puedes llamar gratis a la { -linea-100-name }, las 24 horas. Te orientan y te ayudan a llegar a un refugio.
# The data line; $mimp and $police are years.
locator-data-as-of = Datos: directorio del Ministerio de la Mujer (MIMP) de { $mimp } y comisarías del Instituto Nacional de Estadística e Informática (INEI) de { $police }. Las distancias son en línea recta.
# Link to the about-the-data screen.
locator-about-link = Sobre estos datos
# Shown while the list of services arrives (the first time the locator opens).
locator-data-loading = Cargando la lista de servicios…
# Shown when the list of services could not be loaded. Always give a way to get help.
locator-data-failed = No se pudo cargar la lista de servicios. Llama gratis a la { -linea-100-name }: te dicen cuál es el Centro Emergencia Mujer (CEM) más cercano.
