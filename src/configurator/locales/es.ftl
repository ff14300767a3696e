# The configurator, ruta/configurar.html: the page where a municipality's webmaster
# writes the embed snippet. Its readers are webmasters, not the widget's visitors. The
# widget never carries these texts (see src/configurator/mod.rs).

# The page's heading.
config-title = Configurar Ruta para su página
# What the page does, first thing a webmaster reads.
config-intro = Esta página escribe el fragmento HTML que usted pega en su sitio para mostrar Ruta. Elija su distrito, escriba el nombre de su municipalidad, la página a la que lleva la salida rápida y sus contactos locales. Verá los mismos avisos que daría el widget, una vista previa y el fragmento listo para copiar.
# The privacy promise of this page itself.
config-privacy = Nada de lo que escribe aquí se guarda ni se envía: todo queda en esta pestaña y se borra al salir de la página.
# Heading of the municipality's settings.
config-settings-heading = Datos de su municipalidad
# Label: data-municipality.
config-municipality-label = Nombre de la municipalidad
# Hint under the municipality field.
config-municipality-hint = Aparece al pie del widget. Por ejemplo: Municipalidad Distrital de Villa El Salvador.
# Label: data-exit-url.
config-exit-label = Página de salida rápida
# Hint under the exit URL field.
config-exit-hint = Una página común, sin relación con la violencia: de otro sitio (https://…) o del suyo (/clima.html). Nunca la misma página donde pondrá Ruta. Si la deja vacía, la salida lleva al sitio del Senamhi.
# Label: the address of the page that will hold the widget (only used for checking).
config-page-label = Dirección de la página donde pondrá Ruta (opcional)
# Hint under the page address field.
config-page-hint = Solo sirve para comprobar que la salida rápida no vuelve a esa misma página. No se escribe en el fragmento.
# Label: data-lang.
config-lang-label = Idioma del widget
# The option that leaves data-lang out.
config-lang-browser = El del navegador de cada visitante
# Label of the data-drafts checkbox.
config-drafts-label = Ofrecer también las traducciones en borrador (quechua y aimara), aún no revisadas
# Heading of the district section.
config-district-heading = Distrito
# What the district is for.
config-district-intro = El buscador de servicios del widget empieza por este distrito. Elíjalo con el mismo selector que verán sus visitantes.
# The district chosen, with its six-digit INEI code.
config-district-chosen = Distrito elegido: { $district } (ubigeo { $ubigeo }).
# No district chosen yet.
config-district-none = Todavía no eligió un distrito: el buscador empezará sin distrito.
# Button that removes the chosen district.
config-district-clear = Quitar el distrito
# While the list of districts loads.
config-data-loading = Cargando la lista de distritos…
# When the list of districts could not be loaded.
config-data-failed = No se pudo cargar la lista de distritos (directory.tsv, en la misma carpeta que esta página).
# Heading of the local contacts section.
config-contacts-heading = Contactos locales
# What local contacts are.
config-contacts-intro = Sus propios números: Escuadrón Violeta, Serenazgo, oficina de la mujer, DEMUNA, una comisaría. El widget los muestra después de las líneas nacionales verificadas. Un teléfono fijo lleva su código de área, como se marca desde un celular: (01) 287 1071.
# The group of fields of one contact.
config-contact-legend = Contacto { $position }
# Label: data-kind.
config-contact-kind = Tipo
# The empty option of the kind list.
config-contact-kind-choose = Elija el tipo
# Label: data-name.
config-contact-name = Nombre
# Label: data-phone.
config-contact-phone = Teléfono
# Label: data-address.
config-contact-address = Dirección
# Label: data-lat.
config-contact-lat = Latitud (opcional, por ejemplo -12.2135)
# Label: data-lon.
config-contact-lon = Longitud (opcional, por ejemplo -76.9416)
# Label: data-hours.
config-contact-hours = Horario (opcional, por ejemplo 24 horas)
# Button that adds a contact.
config-contact-add = Añadir un contacto
# Button that removes one contact.
config-contact-remove = Quitar el contacto { $position }
# Heading of the warnings.
config-warnings-heading = Avisos
# No warning.
config-warnings-none = Sin avisos: el widget usará esta configuración tal cual.
# How many warnings; each is the exact line the widget writes in the browser console.
config-warnings-count = { $count ->
    [one] Un aviso. El widget escribiría esta misma línea en la consola del navegador y usaría el valor por defecto:
   *[other] { $count } avisos. El widget escribiría estas mismas líneas en la consola del navegador y usaría los valores por defecto:
}
# Heading of the preview.
config-preview-heading = Vista previa
# What the preview is.
config-preview-intro = Es el widget real con esta configuración. Su botón de salida rápida sí deja esta página.
# Heading of the snippet.
config-snippet-heading = Fragmento para pegar en su página
# How to use the snippet.
config-snippet-intro = Suba primero la carpeta ruta/ a la raíz de su sitio. Luego pegue este fragmento tal cual, en un bloque HTML de la página donde irá Ruta.
# Label of the snippet's text box.
config-snippet-label = Fragmento HTML
# Button: copy the snippet.
config-copy-snippet = Copiar el fragmento
# Heading of the standalone page.
config-standalone-heading = Página independiente
# What the standalone page is for.
config-standalone-intro = Para una plataforma que acepta enlaces pero no scripts, o para compartir un enlace o un código QR: guarde este texto como ayuda.html dentro de la carpeta ruta/ (en lugar del que trae) y enlace a esa página.
# Label of the standalone page's text box.
config-standalone-label = Página ayuda.html
# Button: copy the standalone page.
config-copy-page = Copiar la página
# After a copy.
config-copied = Copiado.
# When the browser refuses to copy.
config-copy-failed = El navegador no permitió copiar: seleccione el texto y cópielo usted.
